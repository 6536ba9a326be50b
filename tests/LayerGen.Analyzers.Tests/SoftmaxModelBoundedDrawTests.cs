using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A roulette over exps whose threshold is a share of their own sum, whatever draws the share: Unity's
/// <c>Random.Range(0f, sum)</c>, our own <c>Random.Range</c>, a helper taking the bound by name, <c>NextSingle() * sum</c>,
/// <c>Random.value * sum</c>, a fraction passed in, a LINQ <c>Sum()</c>, a walk down the draw, a binary search over the
/// cumulative weights. Unshifted exps there are LG0003; the same wheels over max-shifted exps, over fitness values, or
/// with a threshold drawn from another total stay silent.
/// </summary>
public class SoftmaxModelBoundedDrawTests
{
    /// <summary>
    /// Draws of <c>roll</c> and walks that return the picked index, over <c>w</c> (length <c>n</c>, filled with the
    /// weights) and their total <c>sum</c>; <c>fraction</c> is a parameter in [0, 1), <c>rng</c> a System.Random.
    /// </summary>
    public static TheoryData<string, string> Wheels() => new()
    {
        { "unityRange", "float roll = UnityEngine.Random.Range(0f, sum); float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (roll <= acc) return i; }" },
        { "unityRangeIntLowerBound", "float roll = UnityEngine.Random.Range(0, sum); float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }" },
        { "ownRange", "float roll = Dice.Range(0f, sum); float acc = 0f; foreach (var v in w) { acc += v; if (acc > roll) break; } return 0;" },
        { "namedBound", "float roll = Dice.Uniform(upper: sum, lower: 0f); float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }" },
        { "decrementRange", "float roll = UnityEngine.Random.Range(0f, sum); for (int i = 0; i < n; i++) { roll -= w[i]; if (roll <= 0f) return i; }" },
        { "nextSingle", "float roll = rng.NextSingle() * sum; float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }" },
        { "unityValue", "float roll = UnityEngine.Random.value * sum; float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }" },
        { "fractionPassedIn", "float roll = sum * fraction; float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }" },
        { "linqSum", "float total = w.Sum(); float roll = UnityEngine.Random.Range(0f, total); float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }" },
        { "binarySearch", "var cdf = new float[n]; float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; cdf[i] = acc; } float roll = UnityEngine.Random.Range(0f, sum); int lo = 0, hi = n - 1; while (lo < hi) { int mid = (lo + hi) / 2; if (cdf[mid] < roll) lo = mid + 1; else hi = mid; } return lo;" },
    };

    [Theory]
    [MemberData(nameof(Wheels))]
    public async Task WheelOverUnshiftedExps_IsLG0003(string spelling, string walk) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Selector(spelling, walk, "MathF.Exp(score[i] / temperature)")));

    [Theory]
    [MemberData(nameof(Wheels))]
    public async Task WheelOverMaxShiftedExps_IsSilent(string spelling, string walk) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Selector(spelling, walk, "MathF.Exp((score[i] - max) / temperature)")));

    [Theory]
    [MemberData(nameof(Wheels))]
    public async Task WheelOverFitnessValues_IsSilent(string spelling, string walk) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Selector(spelling, walk, "score[i] * score[i]")));

    /// <summary>
    /// The HHG utility-AI selector's shape: exps over a dictionary's values summed, <c>Random.Range(0f, sum)</c> (our own
    /// static Random here), then the exps recomputed in the walk: both exps, as for the division.
    /// </summary>
    [Theory]
    [InlineData("MathF.Exp(kv.Value / temperature)", "LG0003 LG0003")]
    [InlineData("MathF.Exp((kv.Value - max) / temperature)", "")]
    public async Task DictionaryWheelWithExpsRecomputedInTheWalk(string exp, string expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class Random
            {
                private static readonly System.Random Source = new(3);
                public static float Range(float min, float max) => min + (float)Source.NextDouble() * (max - min);
            }

            static class Selector
            {
                static string? Select(Dictionary<string, float> scored, float temperature)
                {
                    float max = scored.Values.Max();
                    float sum = 0f;
                    foreach (var kv in scored) sum += {{exp}};
                    float roll = Random.Range(0f, sum);
                    float cumulative = 0f;
                    foreach (var kv in scored)
                    {
                        cumulative += {{exp}};
                        if (roll <= cumulative) return kv.Key;
                    }
                    return null;
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>
    /// Draws that are no share of the exps' sum: a range bounded by another total (the fitness values'), or by the count.
    /// </summary>
    [Theory]
    [InlineData("float roll = UnityEngine.Random.Range(0f, fitnessTotal); float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }")]
    [InlineData("float roll = Dice.Range(0f, n); float acc = 0f; for (int i = 0; i < n; i++) { acc += w[i]; if (acc >= roll) return i; }")]
    public async Task ThresholdsThatAreNoShareOfTheSum_AreSilent(string walk) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Selector("other", walk, "MathF.Exp(score[i] / temperature)")));

    private static string Selector(string spelling, string walk, string weight) => $$"""
        using System;
        using System.Linq;

        namespace UnityEngine
        {
            public static class Random
            {
                private static readonly System.Random Source = new(5);
                public static float value => (float)Source.NextDouble();
                public static float Range(float minInclusive, float maxInclusive) => minInclusive + value * (maxInclusive - minInclusive);
            }
        }

        static class Dice
        {
            private static readonly Random Source = new(9);
            public static float Range(float lo, float hi) => lo + (float)Source.NextDouble() * (hi - lo);
            public static float Uniform(float lower, float upper) => lower + (float)Source.NextDouble() * (upper - lower);
        }

        static class Wheel_{{spelling}}
        {
            static int Pick(float[] score, float[] fitness, float temperature, float fraction, Random rng)
            {
                int n = score.Length;
                float max = score.Max();
                float fitnessTotal = fitness.Sum();
                var w = new float[n];
                float sum = 0f;
                for (int i = 0; i < n; i++) { w[i] = {{weight}}; sum += w[i]; }
                {{walk}}
                return n - 1;
            }
        }
        """;
}
