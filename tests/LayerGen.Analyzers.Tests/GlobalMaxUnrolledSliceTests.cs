using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0001 for a softmax whose few classes are written out (<c>z = eb + ef</c>) inside the loop over anchors: the sum
/// folds no loop, so a maximum folded over, or carried across, the anchor loop is too wide; a maximum over the anchor's
/// own classes (a call over both, a loop over the classes reset per anchor) is not.
/// </summary>
public class GlobalMaxUnrolledSliceTests
{
    /// <summary>PEAK computes <c>peak</c> (before the anchor loop) and SHIFT (inside it, before the exps).</summary>
    private const string Pairs = """
        using System;

        public static class C
        {
            public static void F(float[] s, float[] p, int anchors)
            {
                PEAK
                for (int a = 0; a < anchors; a++)
                {
                    int o = 2 * a;
                    SHIFT
                    float eb = MathF.Exp(s[o] - peak);
                    float ef = MathF.Exp(s[o + 1] - peak);
                    float z = eb + ef;
                    p[o] = eb / z;
                    p[o + 1] = ef / z;
                }
            }
        }
        """;

    public static TheoryData<string, string, bool> Peaks() => new()
    {
        { "float peak = float.NegativeInfinity; for (int i = 0; i < anchors * 2; i++) peak = s[i] > peak ? s[i] : peak;", "", true },
        { "float peak = float.NegativeInfinity; foreach (float v in s) peak = MathF.Max(peak, v);", "", true },
        { "float peak = float.NegativeInfinity;", "for (int k = 0; k < 2; k++) peak = MathF.Max(peak, s[o + k]);", true },
        { "", "float peak = MathF.Max(s[o], s[o + 1]);", false },
        { "", "float peak = float.NegativeInfinity; for (int k = 0; k < 2; k++) peak = MathF.Max(peak, s[o + k]);", false },
        { "float all = float.NegativeInfinity; for (int i = 0; i < s.Length; i++) all = MathF.Max(all, s[i]); if (all < -50f) return;", "float peak = s[o] > s[o + 1] ? s[o] : s[o + 1];", false },
    };

    [Theory]
    [MemberData(nameof(Peaks))]
    public async Task PeakOverTheAnchorLoop_IsTooWide_ThePairsOwnIsNot(string peak, string shift, bool tooWide)
    {
        var source = Pairs.Replace("PEAK", peak, StringComparison.Ordinal).Replace("SHIFT", shift, StringComparison.Ordinal);
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(diagnostic => diagnostic.Id).ToList();
        Assert.Equal(tooWide ? ["LG0001"] : [], ids);
    }
}
