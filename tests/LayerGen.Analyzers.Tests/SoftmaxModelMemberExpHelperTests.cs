using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An exp helper whose exponent is a member of its receiver or of a parameter (micrograd's <c>Value Exp()</c> returning
/// <c>new Value(Math.Exp(Data))</c>, a static <c>Value Exp(Value v)</c>, <c>double E(Value v) =&gt; Math.Exp(v.Data)</c>)
/// is read with the receiver or argument in place: <c>logit.Exp()</c> of raw logits feeding a normalisation is LG0003
/// at the call, in a loop or a LINQ <c>Select</c>; the same helper called on <c>logit - max</c> is shifted and silent.
/// </summary>
public class SoftmaxModelMemberExpHelperTests
{
    [Theory]
    [InlineData("logit.Exp()")]
    [InlineData("logit.ExpBody()")]
    [InlineData("Value.ExpOf(logit)")]
    [InlineData("logit.ExpThis()")]
    public async Task ARawLogitThroughAMemberExpHelper_InALoop_IsLG0003(string exp)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Loop(exp, shifted: false)));
    }

    [Theory]
    [InlineData("(logit - maxData).Exp()")]
    [InlineData("(logit - maxData).ExpBody()")]
    [InlineData("Value.ExpOf(logit - maxData)")]
    [InlineData("(logit - maxData).ExpThis()")]
    public async Task AShiftedLogitThroughAMemberExpHelper_IsSilent(string exp)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Loop(exp, shifted: true)));
    }

    [Theory]
    [InlineData("l => l.Exp()", "LG0003")]
    [InlineData("l => Value.ExpOf(l)", "LG0003")]
    [InlineData("l => (l - maxData).Exp()", null)]
    public async Task AMemberExpHelperInALinqSelect_IsJudgedTheSameWay(string selector, string? expected)
    {
        var body = $$"""
            double maxData = logits.Max(l => l.Data);
            Value[] counts = logits.Select({{selector}}).ToArray();
            Value denom = counts.Aggregate((a, b) => a + b);
            return counts.Select(c => c / denom).ToArray();
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(Source("Value[]", body)));
    }

    [Theory]
    [InlineData("E(logit)", "LG0003")]
    [InlineData("E(logit, maxData)", null)]
    public async Task ANumericHelperOfAParameterMember_IsJudgedTheSameWay(string exp, string? expected)
    {
        var body = $$"""
            double maxData = logits.Max(l => l.Data);
            var counts = new double[logits.Length];
            double sum = 0;
            for (int k = 0; k < logits.Length; k++)
            {
                var logit = logits[k];
                counts[k] = {{exp}};
                sum += counts[k];
            }

            for (int k = 0; k < counts.Length; k++) counts[k] /= sum;
            return counts;
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(Source("double[]", body)));
    }

    private static string Loop(string exp, bool shifted) => Source("List<Value>", $$"""
        double maxData = {{(shifted ? "logits.Max(l => l.Data)" : "0")}};
        var counts = new List<Value>();
        Value denom = new Value(0.0);
        foreach (Value logit in logits)
        {
            Value count = {{exp}};
            counts.Add(count);
            denom += count;
        }

        var probs = new List<Value>();
        foreach (Value count in counts) probs.Add(count / denom);
        return probs;
        """);

    private static string Source(string returns, string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public sealed class Value
        {
            public Value(double data) { Data = data; }
            public double Data { get; }
            public double Grad { get; set; }
            public Action Backward { get; set; } = () => { };

            public static Value operator +(Value a, Value b) => new Value(a.Data + b.Data);
            public static Value operator -(Value a, double c) => new Value(a.Data - c);
            public static Value operator /(Value a, Value b) => new Value(a.Data / b.Data);

            public Value Exp()
            {
                var node = new Value(Math.Exp(Data));
                node.Backward = () => Grad += node.Grad * node.Data;
                return node;
            }

            public Value ExpBody() => new Value(Math.Exp(Data));
            public Value ExpThis() { return new Value(Math.Exp(this.Data)); }
            public static Value ExpOf(Value v) => new Value(Math.Exp(v.Data));
        }

        public static class Softmax
        {
            public static {{returns}} Run({{(returns == "List<Value>" ? "List<Value>" : "Value[]")}} logits)
            {
                {{body}}
            }

            static double E(Value v) => Math.Exp(v.Data);
            static double E(Value v, double shift) => Math.Exp(v.Data - shift);
        }
        """;
}
