using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model is a function of the code, not of the objects Roslyn made for it: every compilation of the same text (new
/// symbols and operations, hashed by identity) gives the same model, and the model's hashed maps iterate in the same
/// order (<see cref="StableKeys"/>). Each test compiles the same text many times: with identity hashes, two loops keyed
/// in a map come out in either order, so a test of 16 or 24 compilations fails on such code all but once in thousands.
/// </summary>
public sealed class SoftmaxModelBuildOrderTests
{
    private const int Compilations = 16;

    /// <summary>
    /// HeldOut15's soft-DTW wavefront: <c>cost[i - 1, d - i - 1]</c> with <c>i</c> from <c>Math.Max(1, d - m)</c> puts
    /// i within rank 0 and d on the segments of rank 0; the two atoms meet in one class through <c>r</c>'s anti-diagonal
    /// index, which was named by whichever loop's dims were linked last (<c>cost.r0</c> or <c>cost.r0:?</c>).
    /// </summary>
    [Fact]
    public void AntiDiagonalWalk_NamesItsSiteTheSameInEveryCompilation()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recreations", "HeldOut15", "SoftDtw_PredecessorWeights.cs"));
        var descriptions = Enumerable.Range(0, 24).Select(_ => ModelDescriptions.WithInlinedHelpers(source, "Distance").Describe()).Distinct(StringComparer.Ordinal).ToList();
        var description = Assert.Single(descriptions);
        Assert.Contains("site ed / z | dims {cost.r0}", description, StringComparison.Ordinal);
    }

    /// <summary>The loops of an exp's dims (<c>b</c>, <c>i</c>, <c>j</c> of <c>x[b, i, j]</c>) iterate in one order in every compilation.</summary>
    [Fact]
    public void LoopsOfAValuesDims_IterateInOneOrder()
    {
        const string source = """
            using System;
            static class C {
                static void F(float[,,] x, float[,,] y) {
                    for (int b = 0; b < x.GetLength(0); b++)
                    for (int i = 0; i < x.GetLength(1); i++) {
                        float sum = 0;
                        for (int j = 0; j < x.GetLength(2); j++) { y[b, i, j] = MathF.Exp(x[b, i, j]); sum += y[b, i, j]; }
                        for (int j = 0; j < x.GetLength(2); j++) y[b, i, j] /= sum;
                    }
                }
            }
            """;
        var orders = Enumerable.Range(0, Compilations).Select(_ => LoopOrder(ModelDescriptions.Method(source, "F"))).Distinct(StringComparer.Ordinal).ToList();
        var order = Assert.Single(orders);
        Assert.Equal(3, order.Split('|').Length);
    }

    /// <summary>Which loops an exp's dims name, in the order its map iterates them (each loop by its header).</summary>
    private static string LoopOrder(SoftmaxModel model)
    {
        var exp = model.Sites.SelectMany(site => site.Exps).First();
        return string.Join("|", model.DimsOf(exp).Keys.Select(loop => loop.Syntax.ToString().Split('\n')[0].Trim()));
    }
}
