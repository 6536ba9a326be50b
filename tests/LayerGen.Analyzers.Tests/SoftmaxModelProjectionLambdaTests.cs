using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Rows of exps made inside a LINQ projection's lambda (HeldOut48's blind miss <c>FleetLocalisation_FleetAggregate</c>):
/// <c>logLik.ToDictionary(kv =&gt; kv.Key, kv =&gt; { double best = kv.Value.Max(); return kv.Value.Select(v =&gt;
/// Math.Exp(v - best)).ToArray(); })</c> is a collection of rows, one per robot, each row the exps of that robot's own
/// values — the same as the rows a <c>foreach</c> stores into a dictionary, or <c>Select(row =&gt; …).ToList()</c>
/// makes. So one normaliser summed over the whole fleet (<c>Aggregate</c>, <c>Values.Sum(w =&gt; w.Sum())</c>, a
/// <c>foreach</c>, <c>SelectMany</c>) is LG0002, a whole-fleet maximum under per-robot sums LG0001, raw exps LG0003,
/// whatever spelling makes the rows (block or expression lambda, array or list row, a loop-filled row). Correct twins
/// stay silent: each robot's row divided by its own sum (inside the lambda, or per key after the dictionary is built).
/// Numerically: with one robot's log-likelihoods 1000 above another's, a fleet-wide sum leaves every robot's row
/// summing to less than 1 (the far robot's to ~0 instead of 1), raw exps overflow to Inf/Inf = NaN, and a fleet-wide
/// maximum underflows the far robot's row to 0/0 = NaN; the per-robot twins give each robot a distribution.
/// </summary>
public class SoftmaxModelProjectionLambdaTests
{
    private const string Head = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class Fleet
        {
            public static Dictionary<string, double[]> Run(Dictionary<string, double[]> logLik)
            {

        """;

    private const string Tail = """

            }
        }
        """;

    private static string Method(string body) => Head + body + Tail;

    /// <summary>The HeldOut48 minimal reproduction, the correct variant inlined as the README asks.</summary>
    [Fact]
    public async Task HeldOut48Repro_FleetAggregateIsLG0002_PerRobotTwinSilent()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class FleetRepro
            {
                // Correct: each robot's row divided by its own sum (must stay silent).
                public static Dictionary<string, double[]> PerRobot(Dictionary<string, double[]> logLik)
                {
                    Dictionary<string, double[]> shifted = logLik.ToDictionary(kv => kv.Key, kv =>
                    {
                        double best = kv.Value.Max();
                        return kv.Value.Select(v => Math.Exp(v - best)).ToArray();
                    });
                    return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / kv.Value.Sum()).ToArray());
                }

                // Bug: one normaliser over every robot's row.
                public static Dictionary<string, double[]> FleetWide(Dictionary<string, double[]> logLik)
                {
                    Dictionary<string, double[]> shifted = logLik.ToDictionary(kv => kv.Key, kv =>
                    {
                        double best = kv.Value.Max();
                        return kv.Value.Select(v => Math.Exp(v - best)).ToArray();
                    });
                    double z = shifted.Values.Aggregate(0.0, (acc, w) => acc + w.Sum()); //~ LG0002
                    return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / z).ToArray());
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of the per-robot shifted exps made by a projection lambda (the dictionary <c>shifted</c>).</summary>
    public static TheoryData<string> ShiftedProducers => new()
    {
        // block value selector, array row
        "var shifted = logLik.ToDictionary(kv => kv.Key, kv => { double best = kv.Value.Max(); return kv.Value.Select(v => Math.Exp(v - best)).ToArray(); });",
        // expression value selector, the max taken inside the exp's lambda
        "var shifted = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => Math.Exp(v - kv.Value.Max())).ToArray());",
        // list rows
        "var shifted = logLik.ToDictionary(kv => kv.Key, kv => { double best = kv.Value.Max(); return kv.Value.Select(v => Math.Exp(v - best)).ToList(); });",
        // the row filled by a loop inside the lambda
        "var shifted = logLik.ToDictionary(kv => kv.Key, kv => { double best = kv.Value.Max(); var e = new double[kv.Value.Length]; for (int i = 0; i < e.Length; i++) e[i] = Math.Exp(kv.Value[i] - best); return e; });",
        // the max by a foreach inside the lambda, a typed parameter
        "var shifted = logLik.ToDictionary(kv => kv.Key, (KeyValuePair<string, double[]> kv) => { double best = double.NegativeInfinity; foreach (double v in kv.Value) best = Math.Max(best, v); return kv.Value.Select(v => Math.Exp(v - best)).ToArray(); });",
    };

    /// <summary>One normaliser over the whole fleet, each a single line (the line reported).</summary>
    public static TheoryData<string> FleetNormalisers => new()
    {
        "double z = shifted.Values.Aggregate(0.0, (acc, w) => acc + w.Sum());",
        "double z = shifted.Values.Sum(w => w.Sum());",
        "double z = 0.0; foreach (var w in shifted.Values) z += w.Sum();",
        "double z = 0.0; foreach (var w in shifted.Values) foreach (double x in w) z += x;",
        "double z = shifted.Values.SelectMany(w => w).Sum();",
        "double z = 0.0; foreach (var kv in shifted) z += kv.Value.Sum();",
    };

    /// <summary>Every producer under every fleet-wide normaliser is LG0002 at the normaliser, divided by a second ToDictionary.</summary>
    [Theory]
    [MemberData(nameof(ProducerTimesNormaliser))]
    public async Task FleetWideSumOverProjectedRows_IsLG0002(string producer, string normaliser)
    {
        var source = Method($$"""
                    {{producer}}
                    {{normaliser}} //~ LG0002
                    return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / z).ToArray());
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The pairs of <see cref="ShiftedProducers"/> and <see cref="FleetNormalisers"/>.</summary>
    public static TheoryData<string, string> ProducerTimesNormaliser()
    {
        var data = new TheoryData<string, string>();
        foreach (var producer in ShiftedProducers)
        {
            foreach (var normaliser in FleetNormalisers)
            {
                data.Add(producer, normaliser);
            }
        }

        return data;
    }

    /// <summary>The final division as a foreach writing a new dictionary, after the fleet-wide total.</summary>
    [Fact]
    public async Task FleetWideSum_DividedByForeach_IsLG0002()
    {
        var source = Method("""
                    var shifted = logLik.ToDictionary(kv => kv.Key, kv => { double best = kv.Value.Max(); return kv.Value.Select(v => Math.Exp(v - best)).ToArray(); });
                    double z = shifted.Values.Sum(w => w.Sum()); //~ LG0002
                    var result = new Dictionary<string, double[]>();
                    foreach (var kv in shifted)
                    {
                        var p = new double[kv.Value.Length];
                        for (int i = 0; i < p.Length; i++) p[i] = kv.Value[i] / z;
                        result[kv.Key] = p;
                    }
                    return result;
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Every producer divided per robot by its own sum stays silent (the repro's correct twin, both division spellings).</summary>
    [Theory]
    [MemberData(nameof(ShiftedProducers))]
    public async Task PerRobotSumsAfterProjection_Silent(string producer)
    {
        var viaLinq = Method($$"""
                    {{producer}}
                    return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / kv.Value.Sum()).ToArray());
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(viaLinq);

        var viaForeach = Method($$"""
                    {{producer}}
                    var result = new Dictionary<string, double[]>();
                    foreach (var kv in shifted)
                    {
                        double s = kv.Value.Sum();
                        result[kv.Key] = kv.Value.Select(w => w / s).ToArray();
                    }
                    return result;
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(viaForeach);
    }

    /// <summary>Per-robot normalisation inside the value selector itself stays silent.</summary>
    [Theory]
    [InlineData("var e = kv.Value.Select(v => Math.Exp(v - best)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray();")]
    [InlineData("var e = kv.Value.Select(v => Math.Exp(v - best)).ToList(); return e.Select(v => v / e.Sum()).ToArray();")]
    [InlineData("var e = new double[kv.Value.Length]; double s = 0; for (int i = 0; i < e.Length; i++) { e[i] = Math.Exp(kv.Value[i] - best); s += e[i]; } for (int i = 0; i < e.Length; i++) e[i] /= s; return e;")]
    public async Task PerRobotSoftmaxInsideValueSelector_Silent(string body)
    {
        var source = Method($$"""
                    return logLik.ToDictionary(kv => kv.Key, kv => { double best = kv.Value.Max(); {{body}} });
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Raw exps made in the value selector, divided per robot: LG0003 at the exp (the repro's raw variant).</summary>
    [Theory]
    [InlineData("var raw = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => Math.Exp(v)).ToArray()); //~ LG0003")]
    [InlineData("var raw = logLik.ToDictionary(kv => kv.Key, kv => { return kv.Value.Select(v => Math.Exp(v)).ToArray(); }); //~ LG0003")]
    [InlineData("var raw = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(Math.Exp).ToArray()); //~ LG0003")]
    public async Task RawExpsInValueSelector_DividedPerRobot_IsLG0003(string producer)
    {
        var source = Method($$"""
                    {{producer}}
                    return raw.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / kv.Value.Sum()).ToArray());
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A fleet-wide maximum shifting every robot's row in the value selector, each row then divided by its own sum:
    /// LG0001 (a robot 1000 below the best robot underflows to 0/0). With the fleet-wide sum too it is one distribution
    /// over the whole fleet on purpose: internally consistent, so not LG0001/LG0002 (what the foreach spelling gives).
    /// </summary>
    [Fact]
    public async Task FleetWideMaxUnderPerRobotSums_IsLG0001()
    {
        var source = Method("""
                    double best = logLik.Values.Max(r => r.Max()); //~ LG0001
                    var shifted = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => Math.Exp(v - best)).ToArray());
                    return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / kv.Value.Sum()).ToArray());
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged rows made by <c>rows.Select(r =&gt; …).ToArray()</c>: per row silent, one total over the rows LG0002.</summary>
    [Theory]
    [InlineData(".ToArray()")]
    [InlineData(".ToList()")]
    public async Task JaggedRowsFromSelect_PerRowSilent_TotalIsLG0002(string materialise)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Rows
            {
                public static double[][] PerRow(double[][] rows)
                {
                    var shifted = rows.Select(r => { double m = r.Max(); return r.Select(v => Math.Exp(v - m)).ToArray(); }){{materialise}};
                    return shifted.Select(e => { double s = e.Sum(); return e.Select(v => v / s).ToArray(); }).ToArray();
                }

                public static double[][] Total(double[][] rows)
                {
                    var shifted = rows.Select(r => { double m = r.Max(); return r.Select(v => Math.Exp(v - m)).ToArray(); }){{materialise}};
                    double z = shifted.Sum(e => e.Sum()); //~ LG0002
                    return shifted.Select(e => e.Select(v => v / z).ToArray()).ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The same producer in float: per-robot twin silent, fleet-wide total LG0002.</summary>
    [Fact]
    public async Task FloatRows_PerRobotSilent_FleetTotalIsLG0002()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class FleetF
            {
                public static Dictionary<int, float[]> PerRobot(IReadOnlyDictionary<int, float[]> scores)
                {
                    var e = scores.ToDictionary(p => p.Key, p => { float top = p.Value.Max(); return p.Value.Select(s => MathF.Exp(s - top)).ToArray(); });
                    return e.ToDictionary(p => p.Key, p => { float sum = p.Value.Sum(); return p.Value.Select(w => w / sum).ToArray(); });
                }

                public static Dictionary<int, float[]> FleetWide(IReadOnlyDictionary<int, float[]> scores)
                {
                    var e = scores.ToDictionary(p => p.Key, p => { float top = p.Value.Max(); return p.Value.Select(s => MathF.Exp(s - top)).ToArray(); });
                    float sum = e.Values.Sum(w => w.Sum()); //~ LG0002
                    return e.ToDictionary(p => p.Key, p => p.Value.Select(w => w / sum).ToArray());
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Consumers of <c>shifted</c>: fleet-wide total, per-key sums (LINQ and foreach).</summary>
    public static TheoryData<string> TwinConsumers => new()
    {
        "double z = shifted.Values.Sum(w => w.Sum()); return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / z).ToArray());",
        "return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / kv.Value.Sum()).ToArray());",
        "var result = new Dictionary<string, double[]>(); foreach (var kv in shifted) { double s = kv.Value.Sum(); result[kv.Key] = kv.Value.Select(w => w / s).ToArray(); } return result;",
    };

    /// <summary>
    /// The projection spelling reports exactly what its <c>foreach</c> twin reports (same ids, same lines), for every
    /// producer (per-robot max, fleet-wide max, raw) and consumer (fleet-wide sum, per-key sums). This covers the
    /// fleet-wide softmax that is one distribution on purpose (fleet-wide max and sum): whatever main says of the foreach
    /// spelling (not LG0001/LG0002), the projection says too.
    /// </summary>
    [Theory]
    [MemberData(nameof(TwinCases))]
    public async Task ProjectionReportsWhatItsForeachTwinReports(string projection, string foreachTwin, string consumer)
    {
        var viaProjection = await SourceMarkers.ReportedIdsAtLinesAsync(Method($"        {projection}\n        {consumer}"));
        var viaForeach = await SourceMarkers.ReportedIdsAtLinesAsync(Method($"        {foreachTwin}\n        {consumer}"));
        Assert.Equal(viaForeach, viaProjection);
    }

    /// <summary>The pairs of <see cref="ProjectionAndForeachTwins"/> under every <see cref="TwinConsumers"/>.</summary>
    public static TheoryData<string, string, string> TwinCases()
    {
        var data = new TheoryData<string, string, string>();
        var twins = new[]
        {
            ("var shifted = logLik.ToDictionary(kv => kv.Key, kv => { double best = kv.Value.Max(); return kv.Value.Select(v => Math.Exp(v - best)).ToArray(); });",
             "var shifted = new Dictionary<string, double[]>(); foreach (var kv in logLik) { double best = kv.Value.Max(); shifted[kv.Key] = kv.Value.Select(v => Math.Exp(v - best)).ToArray(); }"),
            ("double best = logLik.Values.Max(r => r.Max()); var shifted = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => Math.Exp(v - best)).ToArray());",
             "double best = logLik.Values.Max(r => r.Max()); var shifted = new Dictionary<string, double[]>(); foreach (var kv in logLik) shifted[kv.Key] = kv.Value.Select(v => Math.Exp(v - best)).ToArray();"),
            ("var shifted = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => Math.Exp(v)).ToArray());",
             "var shifted = new Dictionary<string, double[]>(); foreach (var kv in logLik) shifted[kv.Key] = kv.Value.Select(v => Math.Exp(v)).ToArray();"),
        };
        foreach (var (projection, foreachTwin) in twins)
        {
            foreach (var consumer in TwinConsumers)
            {
                data.Add(projection, foreachTwin, consumer);
            }
        }

        return data;
    }

    /// <summary>A fleet-wide softmax on purpose (one max and one sum over every robot) has the same non-LG0001/LG0002 verdict as its foreach twin.</summary>
    [Fact]
    public async Task FleetWideSoftmaxOnPurpose_IsNotLG0001OrLG0002()
    {
        var ids = await FixRunner.ReportedIdsAsync(Method("""
                    double best = logLik.Values.Max(r => r.Max());
                    var shifted = logLik.ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => Math.Exp(v - best)).ToArray());
                    double z = shifted.Values.Sum(w => w.Sum());
                    return shifted.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w / z).ToArray());
            """));
        Assert.DoesNotContain("LG0001", ids);
        Assert.DoesNotContain("LG0002", ids);
    }

    /// <summary>
    /// Rows made by a Zip's result selector from the first sequence's element: per row silent, one total LG0002. (The row
    /// from the second sequence, <c>names.Zip(rows, (n, r) =&gt; …)</c>, is still missed: that parameter has no view.)
    /// </summary>
    [Theory]
    [InlineData("rows.Zip(names, (r, n) => { double m = r.Max(); return r.Select(v => Math.Exp(v - m)).ToArray(); })")]
    [InlineData("rows.Zip(names, (r, n) => r.Select(v => Math.Exp(v - r.Max())).ToArray())")]
    public async Task ZipResultRows_PerRowSilent_TotalIsLG0002(string producer)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Zipped
            {
                public static double[][] PerRow(double[][] rows, string[] names)
                {
                    var shifted = {{producer}}.ToArray();
                    return shifted.Select(e => { double s = e.Sum(); return e.Select(v => v / s).ToArray(); }).ToArray();
                }

                public static double[][] Total(double[][] rows, string[] names)
                {
                    var shifted = {{producer}}.ToArray();
                    double z = shifted.Sum(e => e.Sum()); //~ LG0002
                    return shifted.Select(e => e.Select(v => v / z).ToArray()).ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A value selector returning numbers (not rows) keeps its element reading: one exp per key, one distribution over the keys, silent.</summary>
    [Fact]
    public async Task ValueSelectorReturningNumbers_OneDistributionOverKeys_Silent()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Keys
            {
                public static Dictionary<string, double> Run(Dictionary<string, double> score)
                {
                    double best = score.Values.Max();
                    var e = score.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - best));
                    double z = e.Values.Sum();
                    return e.ToDictionary(kv => kv.Key, kv => kv.Value / z);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
