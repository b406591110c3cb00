/* Passerelles single choice: one question, radio answers, a Check button, spoken feedback.
 *
 * Plain ES5 on purpose: the player loads this file as is, with no build step.
 * Only native inputs and buttons are used, so the whole task works from the keyboard
 * and with screen readers without any extra key handling.
 */
var H5P = window.H5P = window.H5P || {};

H5P.PasserellesChoice = (function (EventDispatcher) {
  'use strict';

  var DEFAULT_L10N = {
    check: 'Check',
    retry: 'Retry',
    correct: 'Correct!',
    wrong: 'Not quite.',
    choose: 'Choose an answer first.'
  };

  // Several questions can share one page (div embedding), so ids need a page-wide counter.
  var instances = 0;

  function textOr(value, fallback) {
    return typeof value === 'string' && value !== '' ? value : fallback;
  }

  /**
   * @param {object} params content.json: question, answers [{text, correct}], l10n, passMark
   * @param {number|string} contentId
   * @param {object} [extras] given by the player; previousState is what getCurrentState saved
   */
  function Choice(params, contentId, extras) {
    EventDispatcher.call(this);
    params = params || {};
    extras = extras || {};

    this.contentId = contentId;
    this.question = textOr(params.question, '');
    this.answers = [];
    var answers = params.answers instanceof Array ? params.answers : [];
    for (var i = 0; i < answers.length; i++) {
      if (answers[i] && typeof answers[i].text === 'string') {
        this.answers.push({text: answers[i].text, correct: answers[i].correct === true});
      }
    }
    var l10n = params.l10n || {};
    this.l10n = {};
    for (var key in DEFAULT_L10N) {
      if (Object.prototype.hasOwnProperty.call(DEFAULT_L10N, key)) {
        this.l10n[key] = textOr(l10n[key], DEFAULT_L10N[key]);
      }
    }
    // One right answer is the whole score, so by default passing means getting it right.
    this.passMark = typeof params.passMark === 'number' ? params.passMark : this.getMaxScore();

    this.picked = null;
    this.checked = false;
    var previous = extras.previousState;
    if (previous && this.isAnswerIndex(previous.picked)) {
      this.picked = previous.picked;
      this.checked = previous.checked === true;
    }

    instances += 1;
    this.idPrefix = 'passerelles-choice-' + instances;
    this.inputs = [];
  }

  Choice.prototype = Object.create(EventDispatcher.prototype);
  Choice.prototype.constructor = Choice;

  Choice.prototype.isAnswerIndex = function (value) {
    return typeof value === 'number' && value % 1 === 0 && value >= 0 &&
      value < this.answers.length;
  };

  /**
   * Render the question into the player's container.
   *
   * @param {jQuery|HTMLElement} $container
   */
  Choice.prototype.attach = function ($container) {
    var self = this;
    var container = $container && $container.jquery ? $container[0] : $container;
    container.className += ' h5p-passerelles-choice';
    while (container.firstChild) {
      container.removeChild(container.firstChild);
    }

    var fieldset = document.createElement('fieldset');
    fieldset.className = 'passerelles-choice__question';
    var legend = document.createElement('legend');
    legend.className = 'passerelles-choice__legend';
    // textContent, never innerHTML: the package's text is shown, not run.
    legend.textContent = this.question;
    fieldset.appendChild(legend);

    this.inputs = [];
    for (var i = 0; i < this.answers.length; i++) {
      fieldset.appendChild(this.createAnswer(i));
    }
    container.appendChild(fieldset);

    var actions = document.createElement('div');
    actions.className = 'passerelles-choice__actions';
    this.checkButton = this.createButton(this.l10n.check, function () {
      self.check();
    });
    this.retryButton = this.createButton(this.l10n.retry, function () {
      self.resetTask();
      if (self.inputs.length) {
        self.inputs[0].focus();
      }
    });
    actions.appendChild(this.checkButton);
    actions.appendChild(this.retryButton);
    container.appendChild(actions);

    this.feedback = document.createElement('p');
    this.feedback.className = 'passerelles-choice__feedback';
    this.feedback.setAttribute('role', 'status');
    this.feedback.setAttribute('aria-live', 'polite');
    container.appendChild(this.feedback);

    this.render();
  };

  Choice.prototype.createAnswer = function (index) {
    var self = this;
    var id = this.idPrefix + '-answer-' + index;
    var wrapper = document.createElement('div');
    wrapper.className = 'passerelles-choice__answer';

    var input = document.createElement('input');
    input.type = 'radio';
    input.name = this.idPrefix;
    input.id = id;
    input.value = String(index);
    input.addEventListener('change', function () {
      if (input.checked) {
        self.picked = index;
        self.setFeedback('', null);
      }
    });

    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = this.answers[index].text;

    wrapper.appendChild(input);
    wrapper.appendChild(label);
    this.inputs.push(input);
    return wrapper;
  };

  Choice.prototype.createButton = function (text, onClick) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'passerelles-choice__button';
    button.textContent = text;
    button.addEventListener('click', onClick);
    return button;
  };

  /** Show the current state: picked answer, locked inputs once checked, feedback. */
  Choice.prototype.render = function () {
    for (var i = 0; i < this.inputs.length; i++) {
      this.inputs[i].checked = i === this.picked;
      this.inputs[i].disabled = this.checked;
    }
    if (this.checkButton) {
      this.checkButton.hidden = this.checked;
      this.retryButton.hidden = !this.checked;
    }
    if (this.checked) {
      this.showResult();
    }
    else {
      this.setFeedback('', null);
    }
  };

  Choice.prototype.showResult = function () {
    var right = this.getScore() === this.getMaxScore();
    this.setFeedback(right ? this.l10n.correct : this.l10n.wrong, right);
  };

  /**
   * The feedback says in words whether the answer was right; the colour only repeats it.
   *
   * @param {string} text
   * @param {boolean|null} right
   */
  Choice.prototype.setFeedback = function (text, right) {
    if (!this.feedback) {
      return;
    }
    this.feedback.textContent = text;
    var modifier = right === true ? ' is-correct' : (right === false ? ' is-wrong' : '');
    this.feedback.className = 'passerelles-choice__feedback' + modifier;
    this.trigger('resize');
  };

  Choice.prototype.check = function () {
    if (this.picked === null) {
      this.setFeedback(this.l10n.choose, null);
      return;
    }
    this.checked = true;
    this.render();
    // The inputs are now locked, so move focus where the learner can go on: Retry.
    this.retryButton.focus();

    var score = this.getScore();
    var maxScore = this.getMaxScore();
    var success = score >= this.passMark;
    // One statement per check, as single-question H5P content types send: 'answered',
    // with the score, completion and success that the portal counts.
    this.trigger(this.createAnsweredEvent(score, maxScore, success));
  };

  /** The answered statement, describing the question as an xAPI choice interaction. */
  Choice.prototype.createAnsweredEvent = function (score, maxScore, success) {
    var event = this.createXAPIEventTemplate('answered');
    var definition = event.getVerifiedStatementValue(['object', 'definition']);
    if (definition) {
      var choices = [];
      var correct = [];
      for (var i = 0; i < this.answers.length; i++) {
        choices.push({id: String(i), description: {'en-US': this.answers[i].text}});
        if (this.answers[i].correct) {
          correct.push(String(i));
        }
      }
      definition.description = {'en-US': this.question};
      definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
      definition.interactionType = 'choice';
      definition.choices = choices;
      definition.correctResponsesPattern = correct;
    }
    event.setScoredResult(score, maxScore, this, true, success);
    event.data.statement.result.response = String(this.picked);
    return event;
  };

  Choice.prototype.getScore = function () {
    var rightPick = this.picked !== null && this.answers[this.picked].correct;
    return this.checked && rightPick ? 1 : 0;
  };

  Choice.prototype.getMaxScore = function () {
    return 1;
  };

  Choice.prototype.getAnswerGiven = function () {
    return this.picked !== null;
  };

  Choice.prototype.resetTask = function () {
    this.picked = null;
    this.checked = false;
    this.render();
  };

  /** What the player saves for the learner and gives back as extras.previousState. */
  Choice.prototype.getCurrentState = function () {
    return {picked: this.picked, checked: this.checked};
  };

  return Choice;
})(H5P.EventDispatcher);

// The player looks the constructor up from the machine name, "Passerelles.Choice".
window.Passerelles = window.Passerelles || {};
window.Passerelles.Choice = H5P.PasserellesChoice;
