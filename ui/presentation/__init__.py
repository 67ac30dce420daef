"""Running a lesson: the controller, the audience window, the presenter view, run mode."""
