namespace Advisor.EndToEnd.Tests;

// Placeholder so the project builds until the Web Chat end-to-end tests (issue #6) replace this file.
internal static class Placeholder;
