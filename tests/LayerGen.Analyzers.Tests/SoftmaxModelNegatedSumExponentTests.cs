using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>exp(-dot)</c> with <c>dot</c> a running sum (entropy balancing's tilt <c>dot += lambda[k] * x[i][k]</c>, HeldOut18's
/// <c>EntropyBalancing_RawTiltedWeights</c>) is an exp of raw logits, not the seed term <c>exp(c - best)</c> of a running
/// maximum that starts at 0: a variable folded as a sum is no maximum. The seed term of a real running maximum stays
/// bounded.
/// </summary>
public class SoftmaxModelNegatedSumExponentTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;

        """;

    [Theory]
    [InlineData("Math.Exp(-dot)")]
    [InlineData("Math.Exp(0.0 - dot)")]
    [InlineData("Math.Exp(-dot / 2.0)")]
    public async Task NegatedRunningSum_IsAnUnshiftedExp(string exp)
    {
        var source = Usings + $$"""
            static class C {
                static void F(double[][] x, double[] lambda, IReadOnlyList<int[]> strata, double[] weights) {
                    foreach (int[] members in strata) {
                        double z = 0.0;
                        foreach (int i in members) {
                            double dot = 0.0;
                            for (int k = 0; k < lambda.Length; k++) dot += lambda[k] * x[i][k];
                            double w = {{exp}};
                            weights[i] = w;
                            z += w;
                        }
                        foreach (int i in members) weights[i] /= z;
                    }
                }
            }
            """;
        var model = ModelDescriptions.Method(source, "F");
        Assert.False(model.IsShiftedByAMaximum(model.Sites.Single().Exps.Single()));
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    // The same running sum held in a local function or a same-type helper (the fold→local function rewrite of
    // EntropyBalancing_RawTiltedWeights): the returned accumulator is folded as a sum, so it starts no maximum.
    [Theory]
    [InlineData("double dot = Dot(); double Dot() { double acc = 0.0; for (int k = 0; k < lambda.Length; k++) acc += lambda[k] * x[i][k]; return acc; }")]
    [InlineData("double dot = Dot(x[i], lambda);")]
    public async Task NegatedSumReturnedByAFunction_IsAnUnshiftedExp(string dot)
    {
        var source = Usings + $$"""
            static class C {
                static double Dot(double[] row, double[] lambda) {
                    double acc = 0.0;
                    for (int k = 0; k < lambda.Length; k++) acc += lambda[k] * row[k];
                    return acc;
                }
                static void F(double[][] x, double[] lambda, IReadOnlyList<int[]> strata, double[] weights) {
                    foreach (int[] members in strata) {
                        double z = 0.0;
                        foreach (int i in members) {
                            {{dot}}
                            double w = Math.Exp(-dot);
                            weights[i] = w;
                            z += w;
                        }
                        foreach (int i in members) weights[i] /= z;
                    }
                }
            }
            """;
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Fact]
    public async Task SeedTermOfAMaximumReturnedByALocalFunction_StaysBounded()
    {
        // The dummy antecedent again, its running maximum held in a local function: still a maximum seeded at 0.
        var source = Usings + """
            static class C {
                static void F(double[] s, double[] p) {
                    double best = Peak(); double Peak() { double acc = 0.0; for (int i = 0; i < s.Length; i++) acc = Math.Max(acc, s[i]); return acc; }
                    double dummy = Math.Exp(-best);
                    double z = dummy;
                    for (int i = 0; i < s.Length; i++) { p[i] = Math.Exp(s[i] - best); z += p[i]; }
                    for (int i = 0; i < s.Length; i++) p[i] /= z;
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Fact]
    public async Task SeedTermOfARunningMaximum_StaysBounded()
    {
        // e2e-coref's dummy antecedent: best starts at 0 (the dummy's score), exp(-best) is its shifted term.
        var source = Usings + """
            static class C {
                static void F(double[] s, double[] p) {
                    double best = 0.0;
                    for (int i = 0; i < s.Length; i++) best = Math.Max(best, s[i]);
                    double dummy = Math.Exp(-best);
                    double z = dummy;
                    for (int i = 0; i < s.Length; i++) { p[i] = Math.Exp(s[i] - best); z += p[i]; }
                    for (int i = 0; i < s.Length; i++) p[i] /= z;
                }
            }
            """;
        var model = ModelDescriptions.Method(source, "F");
        Assert.All(model.Sites.SelectMany(site => site.Exps), exp => Assert.True(model.IsShiftedByAMaximum(exp)));
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }
}
