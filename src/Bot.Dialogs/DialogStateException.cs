namespace Bot.Dialogs;

/// <summary>
/// The stored dialog stack cannot be resumed: it names a dialog this build does not have, or a
/// dialog's state is not in the shape this build reads. <c>DialogExtensions.RunAsync</c>
/// answers it by resetting the stack (issue 4, item 2), never by looping on the exception.
/// </summary>
public sealed class DialogStateException : Exception
{
    public DialogStateException() { }

    public DialogStateException(string message) : base(message) { }

    public DialogStateException(string message, Exception innerException) : base(message, innerException) { }
}
