"""Background tasks for the practice library."""

from django_tasks import task

from portal.generated import generated_folder_clear
from practices.pdf import case_study_pdf_folder


@task()
def case_study_pdfs_clear(page_id: int) -> int:
    """Remove a case study's stored PDFs, out of date once it is republished or withdrawn."""
    return generated_folder_clear(folder=case_study_pdf_folder(page_id))
