using Advisor.Host;

var app = AdvisorApp.Create(args);
app.Run();

/// <summary>Entry point.</summary>
public partial class Program;
