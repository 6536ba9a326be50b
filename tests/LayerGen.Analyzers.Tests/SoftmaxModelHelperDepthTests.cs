using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A softmax reached through several levels of helpers, each level another kind (a method of the layer on <c>this</c>,
/// a static utility of another class named qualified, its private sibling called unqualified or qualified, another
/// utility class, an instance of a helper class), is judged as if written inline as long as the inlined code stays
/// within the inliner's size budget (Real56 CuriosityAiCatalyst under "max fold→static helper": the loss reads the
/// probabilities a forward pass stores into a state object's buffer, the forward pass's max comes from
/// <c>SIMD.Max</c>, whose fold is in its private sibling). Bugs are found two, three and four levels down (LG0005
/// through an object's buffer and a layer's field, LG0001 through a max chain, LG0003 through a normaliser chain); the
/// correct twins through the same chains stay silent.
/// </summary>
public class SoftmaxModelHelperDepthTests
{
    /// <summary>Max chains: the name is the number of calls from the caller to the fold.</summary>
    private static readonly string Peaks = $$"""
        public static class Peak
        {
            {{MaxFold("public static float One(float[] a)", "m")}}

            {{Member("public static float TwoUnqualified(float[] a)", "float m = Fold(a);", "return m;")}}

            {{Member("public static float TwoQualified(float[] a)", "float m = Peak.Fold(a);", "return m;")}}

            {{Member("public static float ThreeUnqualified(float[] a)", "float m = TwoUnqualified(a);", "return m;")}}

            {{Member("public static float ThreeQualified(float[] a)", "float m = Peak.TwoQualified(a);", "return m;")}}

            {{Member("public static float FourUnqualified(float[] a)", "float m = ThreeUnqualified(a);", "return m;")}}

            {{Member("public static float FourAcross(float[] a)", "float m = Scan.ThreeVia(a);", "return m;")}}

            {{MaxFold("private static float Fold(float[] a)", "max")}}
        }

        public static class Scan
        {
            {{Member("public static float ThreeVia(float[] a)", "float m = Peak.TwoUnqualified(a);", "return m;")}}
        }

        public sealed class Stats
        {
            {{Member("public float Max(float[] a)", "float m = Peak.ThreeQualified(a);", "return m;")}}
        }
        """;

    public static TheoryData<string> Chains() => new()
    {
        "Peak.One(output)",
        "Peak.TwoUnqualified(output)",
        "Peak.TwoQualified(output)",
        "Peak.ThreeUnqualified(output)",
        "Peak.ThreeQualified(output)",
        "Peak.FourUnqualified(output)",
        "Peak.FourAcross(output)",
        "Scan.ThreeVia(output)",
        "stats.Max(output)",
    };

    /// <summary>
    /// Curiosity's shape: the loss calls the layer's forward pass (a method on <c>this</c>) that stores the softmax of
    /// the state's logits into the state's buffer, its max from a chain of utilities; the loss takes the log of a
    /// probability read back from that buffer (LG0005). The twin stores the log-softmax and reads it without a log.
    /// </summary>
    [Theory]
    [MemberData(nameof(Chains))]
    public async Task LogOfTheStatesProbability_ThroughAMaxChain_IsLG0005(string peak)
    {
        Assert.Equal(new[] { "LG0005" }, await FixRunner.ReportedIdsAsync(StateLayer(peak, logSoftmax: false)));
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public async Task TheStatesLogSoftmax_ThroughAMaxChain_IsSilent(string peak)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(StateLayer(peak, logSoftmax: true)));
    }

    /// <summary>The same, with the forward pass itself called through a static method of the layer (one level more).</summary>
    [Theory]
    [InlineData("Peak.ThreeUnqualified(output)", false)]
    [InlineData("Peak.FourAcross(output)", false)]
    [InlineData("Peak.ThreeUnqualified(output)", true)]
    [InlineData("Peak.FourAcross(output)", true)]
    public async Task ForwardThroughAStaticStep_ThroughAMaxChain(string peak, bool logSoftmax)
    {
        var source = StateLayer(peak, logSoftmax).Replace("Forward(state);", "Step(this, state);", StringComparison.Ordinal)
            .Replace("    // step", "    private static void Step(Layer layer, State state)\n    {\n        layer.Forward(state);\n    }", StringComparison.Ordinal);
        Assert.Equal(logSoftmax ? Array.Empty<string>() : new[] { "LG0005" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>A layer's probability field written by its forward pass, the max through a chain; the loss logs it.</summary>
    [Theory]
    [MemberData(nameof(Chains))]
    public async Task LogOfTheLayersProbabilityField_ThroughAMaxChain_IsLG0005(string peak)
    {
        var source = $$"""
            using System;

            {{Peaks}}

            public sealed class Layer
            {
                private readonly float[] _probs = new float[10];
                private readonly Stats stats = new();

                public void Forward(float[] output)
                {
                    float max = {{peak}};
                    float z = 0f;
                    for (int i = 0; i < output.Length; i++)
                    {
                        _probs[i] = MathF.Exp(output[i] - max);
                        z += _probs[i];
                    }

                    for (int i = 0; i < output.Length; i++)
                    {
                        _probs[i] /= z;
                    }
                }

                public float Loss(int target) => -MathF.Log(_probs[target]);
            }
            """;
        Assert.Equal(new[] { "LG0005" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A jagged batch: each row's max taken through a chain over the whole flattened batch is too wide (LG0001), over
    /// the row itself right; the softmax written in the method, or in a row helper of the layer (one level more).
    /// </summary>
    [Theory]
    [MemberData(nameof(Chains))]
    public async Task RowMaxThroughAChain_OverTheBatch_IsLG0001_OverTheRow_IsSilent(string peak)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Batch(peak.Replace("output", "all", StringComparison.Ordinal), rowHelper: false)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Batch(peak.Replace("output", "row", StringComparison.Ordinal), rowHelper: false)));
    }

    /// <remarks>
    /// The row helper analysed on its own also sees a row shifted by the max of another buffer (LG0003): a chain reports
    /// exactly what the fold one call down reports.
    /// </remarks>
    [Theory]
    [MemberData(nameof(Chains))]
    public async Task RowMaxThroughAChain_InARowHelper_OverTheBatch_IsLG0001_OverTheRow_IsSilent(string peak)
    {
        var oneLevel = await FixRunner.ReportedIdsAsync(Batch("Peak.One(all)", rowHelper: true));
        Assert.Contains("LG0001", oneLevel);
        Assert.Equal(oneLevel, await FixRunner.ReportedIdsAsync(Batch(peak.Replace("output", "all", StringComparison.Ordinal), rowHelper: true)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Batch(peak.Replace("output", "row", StringComparison.Ordinal), rowHelper: true)));
    }

    /// <summary>
    /// Normaliser chains: the division of exps by their sum done two to four calls down (a utility's private sibling,
    /// named unqualified or qualified, another utility, a helper object). Exps of raw logits are LG0003 however deep
    /// the division is; exps shifted by the max are silent.
    /// </summary>
    private static readonly string Normalisers = $$"""
        public static class Norm
        {
            {{SumAndDivide("public static void One(double[] v)")}}

            {{Member("public static void Two(double[] v)", "DivideBySum(v);")}}

            {{Member("public static void ThreeQualified(double[] v)", "Norm.Two(v);")}}

            {{Member("public static void FourAcross(double[] v)", "Scale.ThreeVia(v);")}}

            {{SumAndDivide("private static void DivideBySum(double[] v)")}}
        }

        public static class Scale
        {
            {{Member("public static void ThreeVia(double[] v)", "Norm.Two(v);")}}
        }

        public sealed class Normaliser
        {
            {{Member("public void Run(double[] v)", "Norm.ThreeQualified(v);")}}
        }
        """;

    [Theory]
    [InlineData("Norm.One(d);")]
    [InlineData("Norm.Two(d);")]
    [InlineData("Norm.ThreeQualified(d);")]
    [InlineData("Scale.ThreeVia(d);")]
    [InlineData("Norm.FourAcross(d);")]
    [InlineData("normaliser.Run(d);")]
    public async Task ExpsNormalisedThroughAChain_Raw_IsLG0003_Shifted_IsSilent(string normalise)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Normalised(normalise, "Math.Exp(s[c])")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Normalised(normalise, "Math.Exp(s[c] - m)")));
    }

    private static string Normalised(string normalise, string exp) =>
        NormaliserSources.Classifier("using System;\nusing System.Linq;\n\n" + Normalisers + "\n", normalise, exp, isSealed: true);

    private static string StateLayer(string peak, bool logSoftmax) => $$"""
        using System;

        {{Peaks}}

        public sealed class State(int hidden, int labels)
        {
            public float[] Hidden { get; } = new float[hidden];

            public float[] Output { get; } = new float[labels];
        }

        public sealed class Layer
        {
            private readonly float[][] _weights;
            private readonly Stats stats = new();

            public Layer(float[][] weights)
            {
                _weights = weights;
            }

            public float Loss(State state, int target)
            {
                Forward(state);
                return {{(logSoftmax ? "-state.Output[target]" : "-MathF.Log(state.Output[target])")}};
            }

            public void Forward(State state)
            {
                float z = 0f;
                float[] hidden = state.Hidden;
                float[] output = state.Output;
                for (int i = 0; i < output.Length; i++)
                {
                    float dot = 0f;
                    for (int k = 0; k < hidden.Length; k++)
                    {
                        dot += _weights[i][k] * hidden[k];
                    }

                    output[i] = dot;
                }

                float max = {{peak}};
                {{(logSoftmax ? LogSoftmaxTail : SoftmaxTail)}}
            }

            // step
        }
        """;

    private const string SoftmaxTail = """
        for (int i = 0; i < output.Length; i++)
                {
                    output[i] = MathF.Exp(output[i] - max);
                    z += output[i];
                }

                z = 1f / z;
                for (int i = 0; i < output.Length; i++)
                {
                    output[i] *= z;
                }
        """;

    private const string LogSoftmaxTail = """
        for (int i = 0; i < output.Length; i++)
                {
                    output[i] -= max;
                    z += MathF.Exp(output[i]);
                }

                float logZ = MathF.Log(z);
                for (int i = 0; i < output.Length; i++)
                {
                    output[i] -= logZ;
                }
        """;

    private static string Batch(string peak, bool rowHelper) => $$"""
        using System;
        using System.Linq;

        {{Peaks}}

        public sealed class Head
        {
            private readonly Stats stats = new();

            public void Forward(float[][] rows)
            {
                var all = rows.SelectMany(r => r).ToArray();
                foreach (var row in rows)
                {
                    {{(rowHelper ? "Row(row, all);" : RowBody(peak))}}
                }
            }

            {{(rowHelper ? "private void Row(float[] row, float[] all)\n    {\n" + RowBody(peak) + "\n    }" : "")}}
        }
        """;

    private static string RowBody(string peak) => $$"""
        float m = {{peak}};
        float s = 0f;
        for (int j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j] - m); s += row[j]; }
        for (int j = 0; j < row.Length; j++) { row[j] /= s; }
        """;

    /// <summary>A member <paramref name="signature"/> whose body is <paramref name="statements"/>, one a line ("" a blank line).</summary>
    private static string Member(string signature, params string[] statements) =>
        signature + "\n{\n" + string.Join("\n", statements.Select(statement => statement.Length == 0 ? "" : "    " + statement)) + "\n}";

    /// <summary>A max fold over <c>a</c> into the local <paramref name="name"/>, returned.</summary>
    private static string MaxFold(string signature, string name) =>
        Member(signature, $"float {name} = float.MinValue;", $"for (int i = 0; i < a.Length; i++) {{ if (a[i] > {name}) {{ {name} = a[i]; }} }}", "", $"return {name};");

    /// <summary>Divides <c>v</c> by its sum in place.</summary>
    private static string SumAndDivide(string signature) =>
        Member(signature, "double total = 0;", "for (int i = 0; i < v.Length; i++) total += v[i];", "for (int i = 0; i < v.Length; i++) v[i] /= total;");
}
