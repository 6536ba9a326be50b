using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An exp helper whose exponent is an arithmetic expression of several parameters (HeldOut24's
/// MutualLearning_RawTemperedExp: <c>Tempered(logit, temperature) =&gt; MathF.Exp(logit / temperature)</c>) is read with
/// its arguments in place of its parameters, exactly like the exp written inline: <c>E(x[i], t)</c> exponentiates raw
/// logits (LG0003 at the call), <c>E(x[i] - max, t)</c> and <c>E(x[i], max, t)</c> are shifted (silent), a batch max
/// passed as the shift argument is LG0001, a mean passed there is no max (LG0003). Spellings: static and instance
/// methods, expression and block bodies, local functions, <c>Func&lt;,,&gt;</c> locals, generic <c>T.Exp</c>, float and
/// double exps; shapes <c>v / t</c>, <c>(v - m) / t</c>, <c>s * v + b</c>, <c>v - m</c>.
/// </summary>
public class SoftmaxModelMultiParameterExpHelperTests
{
    /// <summary>
    /// Spellings of one helper <c>E</c>: its declaration in the method and in the class, a call of it on raw logits and
    /// a call shifted by the row's maximum <c>max</c> (the logit is <c>x[i]</c>, the temperature <c>t</c>).
    /// </summary>
    public static TheoryData<string, string, string, string, string> Helpers => new()
    {
        { "static method, v / t", "", "private static float E(float v, float t) => MathF.Exp(v / t);", "E(x[i], t)", "E(x[i] - max, t)" },
        { "block static method, v / t", "", "private static float E(float logit, float temperature) { return MathF.Exp(logit / temperature); }", "E(x[i], t)", "E(x[i] - max, t)" },
        { "instance method, double exp", "", "private float E(float v, float t) => (float)Math.Exp(v / t);", "E(x[i], t)", "E(x[i] - max, t)" },
        { "static method, (v - m) / t", "", "private static float E(float v, float m, float t) => MathF.Exp((v - m) / t);", "E(x[i], 0f, t)", "E(x[i], max, t)" },
        { "static method, v - m", "", "static float E(float v, float m) => MathF.Exp(v - m);", "E(x[i] / t, 0f)", "E(x[i], max)" },
        { "static method, s * v + b", "", "static float E(float v, float s, float b) => MathF.Exp(s * v + b);", "E(x[i], 1f / t, 0f)", "E(x[i] - max, 1f / t, 0f)" },
        { "static method, named arguments", "", "static float E(float v, float t) => MathF.Exp(v / t);", "E(t: t, v: x[i])", "E(t: t, v: x[i] - max)" },
        { "local function", "float E(float v, float t) => MathF.Exp(v / t);", "", "E(x[i], t)", "E(x[i] - max, t)" },
        { "static block local function, (v - m) / t", "static float E(float v, float m, float t) { return MathF.Exp((v - m) / t); }", "", "E(x[i], 0f, t)", "E(x[i], max, t)" },
        { "Func local", "Func<float, float, float> E = (v, tau) => MathF.Exp(v / tau);", "", "E(x[i], t)", "E(x[i] - max, t)" },
        { "generic T.Exp", "", "static T E<T>(T v, T t) where T : IFloatingPointIeee754<T> => T.Exp(v / t);", "E(x[i], t)", "E(x[i] - max, t)" },
        { "double helper", "", "static double E(double v, double t) => Math.Exp(v / t);", "(float)E(x[i], t)", "(float)E(x[i] - max, t)" },
    };

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task RawLogitsThroughTheHelper_IsLG0003(string name, string local, string member, string raw, string shifted)
    {
        _ = (name, shifted);
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Row(local, member, raw)));
    }

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task LogitsShiftedByTheRowMaximum_IsSilent(string name, string local, string member, string raw, string shifted)
    {
        _ = (name, raw);
        Assert.Empty(await FixRunner.ReportedIdsAsync(Row(local, member, shifted)));
    }

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task ShiftedByTheBatchMaximum_IsLG0001(string name, string local, string member, string raw, string shifted)
    {
        _ = (name, raw);
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Batch(local, member, shifted, perRow: false)));
    }

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task ShiftedByEachRowsMaximum_IsSilent(string name, string local, string member, string raw, string shifted)
    {
        _ = (name, raw);
        Assert.Empty(await FixRunner.ReportedIdsAsync(Batch(local, member, shifted, perRow: true)));
    }

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task RawLogitsOfEveryRow_IsLG0003(string name, string local, string member, string raw, string shifted)
    {
        _ = (name, shifted);
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Batch(local, member, raw, perRow: true)));
    }

    /// <summary>A mean passed where the helper subtracts its shift is no maximum: exp(x - mean) still overflows.</summary>
    [Theory]
    [InlineData("private static float E(float v, float m, float t) => MathF.Exp((v - m) / t);", "E(x[i], max, t)")]
    [InlineData("static float E(float v, float m) => MathF.Exp(v - m);", "E(x[i], max)")]
    public async Task MeanPassedAsTheShift_IsLG0003(string member, string call)
    {
        var source = Row("", member, call).Replace("max = MathF.Max(max, x[i]);", "max += x[i] / x.Length;").Replace("float max = float.MinValue;", "float max = 0f;");
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The diagnostic of a raw helper exp stays at the helper's call, as for a one-parameter helper.</summary>
    [Fact]
    public async Task RawLogits_ReportedAtTheCall()
    {
        var source = Row("", "private static float E(float v, float t) => MathF.Exp(v / t);", "E(x[i], t)");
        var compilation = FixRunner.CompileRecreation(source);
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("E(x[i], t)", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    /// <summary>A helper that exponentiates something of its parameters besides arithmetic is no exp helper; nothing breaks.</summary>
    [Theory]
    [InlineData("static float E(float v, float t) => MathF.Exp(MathF.Min(v, 80f) / t);", "E(x[i], t)")]
    [InlineData("static float E(float v, float t) => MathF.Exp(-MathF.Abs(v) / t);", "E(x[i], t)")]
    [InlineData("static float E(float v, float t) => MathF.Exp(v / t);", "E(x[i] - max, t) + E(0f, t)")]
    public async Task BoundedOrShiftedExponents_AreSilent(string member, string call)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Row("", member, call)));
    }

    private static string Row(string local, string member, string call) => $$"""
        using System;
        using System.Numerics;

        public class C
        {
            {{member}}

            public void F(float[] x, float[] y, float t)
            {
                {{local}}
                float max = float.MinValue;
                for (int i = 0; i < x.Length; i++) max = MathF.Max(max, x[i]);
                float sum = 0f;
                for (int i = 0; i < x.Length; i++) { y[i] = {{call}}; sum += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= sum;
            }
        }
        """;

    /// <summary>A [rows, cols] batch; the max is each row's (<paramref name="perRow"/>) or the whole batch's.</summary>
    private static string Batch(string local, string member, string call, bool perRow)
    {
        var rowCall = call.Replace("x[i]", "x[r, i]");
        var maxFold = perRow
            ? "float max = float.MinValue; for (int i = 0; i < cols; i++) max = MathF.Max(max, x[r, i]);"
            : "";
        var batchFold = perRow
            ? ""
            : "float max = float.MinValue; for (int q = 0; q < rows; q++) for (int i = 0; i < cols; i++) max = MathF.Max(max, x[q, i]);";
        return $$"""
            using System;
            using System.Numerics;

            public class C
            {
                {{member}}

                public void F(float[,] x, float[,] y, float t)
                {
                    {{local}}
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    {{batchFold}}
                    for (int r = 0; r < rows; r++)
                    {
                        {{maxFold}}
                        float sum = 0f;
                        for (int i = 0; i < cols; i++) { y[r, i] = {{rowCall}}; sum += y[r, i]; }
                        for (int i = 0; i < cols; i++) y[r, i] /= sum;
                    }
                }
            }
            """;
    }
}
