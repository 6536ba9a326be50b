using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An exp helper that keeps its result (or its exponent) in a local before returning it
/// (<c>static double SafeExp(double v) { var e = Math.Exp(v); return e; }</c>) is the same exp helper as
/// <c>=&gt; Math.Exp(v)</c>: called on raw logits it is LG0003, called on shifted logits it is silent, wherever it is
/// declared. A local written again (<c>e = Math.Min(e, cap)</c>, on a branch) or a parameter clamped first is not
/// followed: those helpers stay unread, as before.
/// </summary>
public class SoftmaxModelExpHelperLocalTests
{
    /// <summary>Bodies of <c>E(double v)</c> that return the exp of <c>v</c> through locals written once.</summary>
    private static readonly string[] ThroughLocals =
    {
        "{ var e = Math.Exp(v); return e; }",
        "{ double e; e = Math.Exp(v); return e; }",
        "{ var e = Math.Exp(v); var r = e; return r; }",
        "{ double e = Math.Exp(v); return (double)e; }",
        "{ var z = v; var e = Math.Exp(z); return e; }",
        "{ var e = Math.Pow(Math.E, v); return e; }",
        "{ double e = (double)MathF.Exp((float)v); return e; }",
        "{ double r; var e = Math.Exp(v); r = e; return r; }",
    };

    /// <summary>Where the helper <c>E</c> is declared.</summary>
    private static readonly string[] Placements =
    {
        "static method",
        "instance method",
        "local function after the loops",
        "local function before the loops",
        "lambda",
    };

    /// <summary>Bodies that change the exp or its exponent after computing it: not followed, so silent as before.</summary>
    private static readonly string[] NotFollowed =
    {
        "{ var e = Math.Exp(v); e = Math.Min(e, 1e30); return e; }",
        "{ var e = Math.Exp(v); if (double.IsInfinity(e)) e = double.MaxValue; return e; }",
        "{ if (v > 80) v = 80; var e = Math.Exp(v); return e; }",
        "{ v = Math.Min(v, 80); var e = Math.Exp(v); return e; }",
        "{ var z = v; z = Math.Min(z, 80); var e = Math.Exp(z); return e; }",
        "{ var z = v; if (z > 80) z = 80; return Math.Exp(z); }",
        "{ var e = Math.Exp(Math.Min(v, 80)); return e; }",
        "{ var old = System.Threading.Interlocked.Exchange(ref v, Math.Min(v, 80)); var e = Math.Exp(v); return e; }",
    };

    public static TheoryData<string, string> BodiesByPlacement()
    {
        var data = new TheoryData<string, string>();
        foreach (var body in ThroughLocals)
        {
            foreach (var placement in Placements)
            {
                data.Add(placement, body);
            }
        }

        return data;
    }

    public static TheoryData<string, string> NotFollowedByPlacement()
    {
        var data = new TheoryData<string, string>();
        foreach (var body in NotFollowed)
        {
            foreach (var placement in new[] { "static method", "local function after the loops" })
            {
                data.Add(placement, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BodiesByPlacement))]
    public async Task HelperThroughLocals_OnRawLogits_IsLG0003(string placement, string body)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(OneRow(placement, body, "E(x[i])")));
    }

    [Theory]
    [MemberData(nameof(BodiesByPlacement))]
    public async Task HelperThroughLocals_OnShiftedLogits_IsSilent(string placement, string body)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(OneRow(placement, body, "E(x[i] - max)")));
    }

    [Theory]
    [MemberData(nameof(NotFollowedByPlacement))]
    public async Task HelperChangingItsLocal_IsNotRead(string placement, string body)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(OneRow(placement, body, "E(x[i])")));
    }

    /// <summary>The float spelling: <c>float r; r = MathF.Exp(v); return r;</c>.</summary>
    [Theory]
    [InlineData("x[i]", true)]
    [InlineData("x[i] - max", false)]
    public async Task FloatHelperAssignedAfterDeclaration(string argument, bool raw)
    {
        var source = $$"""
            using System;

            public static class C
            {
                static float Exp2(float v) { float r; r = MathF.Exp(v); return r; }

                public static void F(float[] x, float[] y)
                {
                    float max = float.MinValue;
                    foreach (var v in x) max = MathF.Max(max, v);
                    float sum = 0f;
                    for (int i = 0; i < x.Length; i++) { y[i] = Exp2({{argument}}); sum += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= sum;
                }
            }
            """;
        var ids = await FixRunner.ReportedIdsAsync(source);
        Assert.Equal(raw ? new[] { "LG0003" } : System.Array.Empty<string>(), ids);
    }

    /// <summary>A helper of several parameters whose exponent goes through a local: shifted by the caller's max or not.</summary>
    [Theory]
    [InlineData("{ var z = (v - m) / t; var e = Math.Exp(z); return e; }")]
    [InlineData("{ var d = v - m; var z = d / t; return Math.Exp(z); }")]
    [InlineData("{ double z; z = (v - m) / t; double e; e = Math.Exp(z); return e; }")]
    public async Task ArithmeticExponentThroughLocals(string body)
    {
        var helper = "static double E(double v, double m, double t) " + body;
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Tempered(helper, "E(x[i], 0.0, 2.0)")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Tempered(helper, "E(x[i], max, 2.0)")));
    }

    /// <summary>Member exp helpers whose exponent or exp goes through a local (stop 35's operand→temporary pin).</summary>
    [Theory]
    [InlineData("public Node Exp() { var t = this.Data; var result = new Node(Math.Exp(t)); return result; }", "logits[k].Exp()", "(logits[k] - max).Exp()")]
    [InlineData("public Node Exp() { var t = Data; var e = Math.Exp(t); var result = new Node(e); result.Grad = 0; return result; }", "logits[k].Exp()", "(logits[k] - max).Exp()")]
    [InlineData("public static Node ExpOf(Node n) { var d = n.Data; return new Node(Math.Exp(d)); }", "Node.ExpOf(logits[k])", "Node.ExpOf(logits[k] - max)")]
    [InlineData("public static double E(Node n) { var d = n.Data; var e = Math.Exp(d); return e; }", "new Node(Node.E(logits[k]))", "new Node(Node.E(logits[k] - max))")]
    [InlineData("public Node Exp() { var result = new Node(Math.Exp(Data)); Action back = () => { this.Grad += result.Data * result.Grad; }; back(); return result; }", "logits[k].Exp()", "(logits[k] - max).Exp()")]
    public async Task MemberExpHelperThroughLocals(string helper, string rawCall, string shiftedCall)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Nodes(helper, rawCall)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Nodes(helper, shiftedCall)));
    }

    /// <summary>A member exp helper whose exponent local is written again (clamped) is not read, as before.</summary>
    [Fact]
    public async Task MemberExpHelperClampingItsLocal_IsNotRead()
    {
        var helper = "public Node Exp() { var t = Data; t = Math.Min(t, 80); return new Node(Math.Exp(t)); }";
        Assert.Empty(await FixRunner.ReportedIdsAsync(Nodes(helper, "logits[k].Exp()")));
    }

    /// <summary>
    /// A member exp helper that shifts its parameter before the exp (a reviewer's case: the exponent it reads is no
    /// longer the caller's value) is correct when the caller passes the peak; it is not read, so no false LG0003.
    /// </summary>
    [Theory]
    [InlineData("public static Node ExpOf(Node n, double peak) { n = n - peak; var d = n.Data; return new Node(Math.Exp(d)); }", "Node.ExpOf(logits[k], max)")]
    [InlineData("public static Node ExpOf(Node n, double peak) { n = n - peak; return new Node(Math.Exp(n.Data)); }", "Node.ExpOf(logits[k], max)")]
    public async Task MemberExpHelperShiftingItsParameterFirst_StaysSilent(string helper, string call) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Nodes(helper, call)));

    private static string Nodes(string helper, string call) => $$"""
        using System;
        using System.Collections.Generic;

        public sealed class Node
        {
            public Node(double data) => Data = data;
            public double Data { get; }
            public double Grad { get; set; }
            public static Node operator +(Node a, Node b) => new Node(a.Data + b.Data);
            public static Node operator -(Node a, double c) => new Node(a.Data - c);
            public static Node operator /(Node a, Node b) => new Node(a.Data / b.Data);
            {{helper}}
        }

        public static class NodeSoftmax
        {
            public static List<Node> Probabilities(IReadOnlyList<Node> logits)
            {
                double max = double.MinValue;
                foreach (var l in logits) max = Math.Max(max, l.Data);
                var counts = new List<Node>();
                Node denom = new Node(0.0);
                for (int k = 0; k < logits.Count; k++)
                {
                    Node count = {{call}};
                    counts.Add(count);
                    denom += count;
                }

                var probs = new List<Node>();
                foreach (var c in counts) probs.Add(c / denom);
                return probs;
            }
        }
        """;

    private static string Tempered(string helper, string call) => $$"""
        using System;

        public static class C
        {
            {{helper}}

            public static void F(double[] x, double[] y)
            {
                double max = double.MinValue;
                for (int i = 0; i < x.Length; i++) max = Math.Max(max, x[i]);
                double sum = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = {{call}}; sum += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= sum;
            }
        }
        """;

    /// <summary>One row normalised by <paramref name="call"/> of a helper <c>E(double v)</c> with <paramref name="body"/>, declared per <paramref name="placement"/>.</summary>
    private static string OneRow(string placement, string body, string call)
    {
        var (member, before, after) = placement switch
        {
            "static method" => ("private static double E(double v) " + body, "", ""),
            "instance method" => ("private double E(double v) " + body, "", ""),
            "local function after the loops" => ("", "", "double E(double v) " + body),
            "local function before the loops" => ("", "double E(double v) " + body, ""),
            "lambda" => ("", "Func<double, double> E = v => " + body + ";", ""),
            _ => ("", "", ""),
        };
        return $$"""
            using System;

            public class C
            {
                {{member}}

                public void F(double[] x, double[] y)
                {
                    {{before}}
                    double max = double.MinValue;
                    for (int i = 0; i < x.Length; i++) max = Math.Max(max, x[i]);
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++) { y[i] = {{call}}; sum += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= sum;
                    {{after}}
                }
            }
            """;
    }
}
