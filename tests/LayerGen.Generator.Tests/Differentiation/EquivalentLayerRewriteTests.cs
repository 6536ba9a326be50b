using LayerGen.Generator.Tests.Differentiation.HeldOutCorpus;
using LayerGen.Tests.Rewrites;
using Xunit.Abstractions;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Generalisation of the derived backward, measured mechanically: every held-out layer that passes its gradient check
/// (every corpus of <see cref="HeldOutFile.Corpora"/>, no pinned gap) must still pass it when its source is rewritten by an
/// <see cref="EquivalentRewrite"/> (the same forward spelled another way: <c>while</c> for <c>for</c>,
/// <c>a = a + (b)</c> for <c>a += b</c>, values and indices through temporaries, loops walked backwards, maxima as
/// calls or branches). Rewritten layers that no longer compile as C# are not counted; each rewrite must apply to
/// enough layers to mean something. <see cref="KnownGaps"/> pins today's other outcomes (a fix makes the test fail until
/// its line is removed).
/// </summary>
public class EquivalentLayerRewriteTests(ITestOutputHelper output)
{
    /// <summary>(rewrite, layer) → the pinned outcome and why.</summary>
    private static readonly Dictionary<(string Rewrite, string Layer), string> KnownGaps = new()
    {
        // (none: the for→while rewrites of for headers with further incrementors, whose counter step is then not the
        // body's last statement, are counting loops since the step may stand anywhere in the body)
    };

    // Layers read spans: a local function cannot capture them (CS9108), so the fold→local function rewrite never compiles here.
    public static TheoryData<string> Rewrites() => [.. EquivalentRewrite.All.Where(r => r is not ArrayToSpanRewrite and not FoldToLocalFunctionRewrite).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rewrites))]
    public void Rewritten_layers_still_pass_the_gradient_check(string rewriteName)
    {
        EquivalentRewrite rewrite = EquivalentRewrite.All.Single(candidate => candidate.Name == rewriteName);
        int checkedLayers = 0;
        var failures = new List<string>();
        foreach (HeldOutFile file in HeldOutFile.Corpora.SelectMany(HeldOutFile.In).Where(f => f.Expect == Expectation.Gradient && f.Gap is null))
        {
            if (rewrite.ApplyTo(file.Text) is not { } rewritten)
            {
                continue;
            }

            HeldOutOutcome outcome = HeldOutEvaluation.Of(HeldOutFile.Parse(file.Corpus + " " + rewrite.Name, file.Name, rewritten));
            if (outcome.Kind == "no-compile" && outcome.Messages.Any(m => m.Contains("error CS", StringComparison.Ordinal) && !m.Contains(".g.cs", StringComparison.Ordinal)))
            {
                continue;
            }

            checkedLayers++;
            string expected = KnownGaps.GetValueOrDefault((rewrite.Name, file.Name), "pass");
            if (outcome.Summary != expected)
            {
                failures.Add($"{file.Name}: {outcome.Summary} (expected {expected})\n    {string.Join("\n    ", outcome.Messages.Take(3))}");
            }
        }

        output.WriteLine($"{rewrite.Name}: {checkedLayers} rewritten layers checked, {failures.Count} failed");
        Assert.True(checkedLayers >= 4, $"{rewrite.Name} applied to only {checkedLayers} layers");
        Assert.True(failures.Count == 0, $"{rewrite.Name}: {failures.Count} of {checkedLayers} rewritten layers\n{string.Join("\n", failures)}");
    }
}
