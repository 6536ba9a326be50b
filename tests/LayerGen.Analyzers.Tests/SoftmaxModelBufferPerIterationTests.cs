using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A loop that picks a different buffer per iteration (latent class logit: <c>classes[c]</c>, one <c>double[,]</c> per
/// class in a <c>List</c> or an array) is a dimension of the data like the first index of a <c>double[classes, persons,
/// alts]</c>: a denominator reset per person but accumulated across the class loop spans several (class, person) slices
/// (LG0002). The denominator reset per (class, person) is the slice's own and stays silent. Spellings: <c>List&lt;double[,]&gt;</c>,
/// <c>double[][,]</c>, <c>List&lt;double[][]&gt;</c>, a local holding the picked buffer or the element read in place.
/// </summary>
public class SoftmaxModelBufferPerIterationTests
{
    /// <summary>TYPE is the per-class container; PICK binds u to class c's buffer; AT(x) reads person n, alternative j of x; RESET places the reset.</summary>
    private const string LatentClass = """
        using System;
        using System.Collections.Generic;

        public static class C
        {
            public static void F(TYPE classes, int nPersons, int nAlts, TYPE probs)
            {
                for (int n = 0; n < nPersons; n++)
                {
                    OUTER
                    for (int c = 0; c < COUNT; c++)
                    {
                        INNER
                        PICK
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < nAlts; j++) m = Math.Max(m, AT(u));
                        for (int j = 0; j < nAlts; j++) { AT(probs[c]) = Math.Exp(AT(u) - m); denom += AT(probs[c]); }
                        PERCLASS
                    }

                    PERPERSON
                }
            }
        }
        """;

    public static TheoryData<string, string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, string, bool>();
        foreach (var (type, count, rect) in new[] { ("List<double[,]>", "classes.Count", true), ("double[][,]", "classes.Length", true), ("List<double[][]>", "classes.Count", false) })
        {
            foreach (var pick in new[] { "var u = classes[c];", "" })
            {
                var source = LatentClass.Replace("TYPE", type, StringComparison.Ordinal).Replace("COUNT", count, StringComparison.Ordinal)
                    .Replace("PICK", pick, StringComparison.Ordinal).Replace("AT(u)", pick.Length == 0 ? "AT(classes[c])" : "AT(u)", StringComparison.Ordinal);
                foreach (var bug in new[] { true, false })
                {
                    var normalise = bug ? "" : "for (int j = 0; j < nAlts; j++) AT(probs[c]) /= denom;";
                    var across = bug ? "for (int c = 0; c < COUNT; c++) for (int j = 0; j < nAlts; j++) AT(probs[c]) /= denom;".Replace("COUNT", count, StringComparison.Ordinal) : "";
                    var text = source.Replace("OUTER", bug ? "double denom = 0.0;" : "", StringComparison.Ordinal).Replace("INNER", bug ? "" : "double denom = 0.0;", StringComparison.Ordinal)
                        .Replace("PERCLASS", normalise, StringComparison.Ordinal).Replace("PERPERSON", across, StringComparison.Ordinal);
                    foreach (var buffer in new[] { "u", "probs[c]", "classes[c]" })
                    {
                        text = text.Replace("AT(" + buffer + ")", buffer + (rect ? "[n, j]" : "[n][j]"), StringComparison.Ordinal);
                    }

                    data.Add(type, pick, bug ? "denominator over every class" : "denominator per class", text, bug);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DenominatorAcrossTheClassLoop_SpansSeveralSlices(string type, string pick, string what, string source, bool acrossClasses)
    {
        _ = (type, pick, what);
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(diagnostic => diagnostic.Id).ToList();
        Assert.Equal(acrossClasses ? ["LG0002"] : [], ids);
    }
}
