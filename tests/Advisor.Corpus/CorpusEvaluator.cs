using System.Globalization;
using System.Text;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Corpus;

/// <summary>
/// Reads every corpus message as the bot does (<see cref="MessageReader"/>, and <see cref="AnswerReader"/>
/// for a message typed right after a question) and compares the facts read with the labels.
/// A stated fact read with its value is right; read with another value it is wrong; not read it is missed;
/// a fact read that the labels neither state nor allow is invented. Messages in another language are
/// left out of the figures: the bot answers them with a line that it speaks English.
/// </summary>
public static class CorpusEvaluator
{
    /// <summary>The clock the corpus is read against (deadlines such as "by March"), as the dialog tests use.</summary>
    public static readonly DateTimeOffset Reference = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly string[] FactNames = ["size", "timeline", "security", "useCase", "experience", "familiarity"];

    public static CorpusReport Evaluate(IEnumerable<CorpusEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var report = new CorpusReport();
        foreach (var entry in entries.Where(e => e.Lang is null))
        {
            var read = Read(entry);
            report.Messages++;
            foreach (var (name, value) in entry.Expected)
            {
                var tally = report.Tally(name);
                tally.Stated++;
                if (!read.TryGetValue(name, out var got))
                {
                    tally.Missed++;
                    report.Misses.Add($"{entry.Id} missed {name}={value}: {entry.Text}");
                }
                else if (got == value)
                {
                    tally.Right++;
                }
                else
                {
                    tally.Wrong++;
                    report.Misses.Add($"{entry.Id} read {name}={got}, not {value}: {entry.Text}");
                }
            }

            foreach (var (name, got) in read.Where(r => !entry.Expected.ContainsKey(r.Key)))
            {
                if (entry.Optional?.GetValueOrDefault(name) == got)
                {
                    continue;
                }

                report.Tally(name).Invented++;
                report.Misses.Add($"{entry.Id} invented {name}={got}: {entry.Text}");
            }

            if (entry.Expected.Count > 0 && read.Count == 0)
            {
                report.Discarded.Add($"{entry.Id}: {entry.Text}");
            }
        }

        return report;
    }

    /// <summary>The facts the bot reads from one entry, by the corpus's fact names.</summary>
    public static Dictionary<string, string> Read(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var reading = MessageReader.Read(entry.Text, Reference);
        var read = reading.Facts.ToDictionary(f => NameOf(f.Question), f => f.Answer.Name, StringComparer.Ordinal);
        if (reading.Familiarity is { } known)
        {
            read["familiarity"] = known.ToString();
        }

        if (entry.Asked is { } asked && Enum.TryParse<Question>(asked, out var question))
        {
            read.Remove(NameOf(question));
            if (AnswerReader.Read(question, reading) is { } answer)
            {
                read[NameOf(question)] = answer.Answer.Name;
            }
        }

        return read;
    }

    private static string NameOf(Question question) => question switch
    {
        Question.UseCase => "useCase",
        _ => question.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}

/// <summary>The corpus figures: per fact, and the list of every miss.</summary>
public sealed class CorpusReport
{
    public int Messages { get; set; }

    public SortedDictionary<string, FactTally> Facts { get; } = new(StringComparer.Ordinal);

    public List<string> Misses { get; } = [];

    public List<string> Discarded { get; } = [];

    public int Stated => Facts.Values.Sum(t => t.Stated);

    public int Right => Facts.Values.Sum(t => t.Right);

    public int Invented => Facts.Values.Sum(t => t.Invented);

    /// <summary>The share of stated facts read with the right value.</summary>
    public double Recall => Stated == 0 ? 1 : (double)Right / Stated;

    public FactTally Tally(string name)
    {
        if (!Facts.TryGetValue(name, out var tally))
        {
            Facts[name] = tally = new FactTally();
        }

        return tally;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Messages} messages, {Stated} stated facts: {Recall:P1} read right, {Invented} invented, {Discarded.Count} descriptions discarded");
        text.AppendLine("| fact | stated | right | wrong | missed | invented | precision | recall |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, t) in Facts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {t.Stated} | {t.Right} | {t.Wrong} | {t.Missed} | {t.Invented} | {t.Precision:P1} | {t.Recall:P1} |");
        }

        return text.ToString();
    }
}

public sealed class FactTally
{
    public int Stated { get; set; }

    public int Right { get; set; }

    public int Wrong { get; set; }

    public int Missed { get; set; }

    public int Invented { get; set; }

    public double Precision => Right + Wrong + Invented == 0 ? 1 : (double)Right / (Right + Wrong + Invented);

    public double Recall => Stated == 0 ? 1 : (double)Right / Stated;
}
