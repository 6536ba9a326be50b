using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser whose terms come from two different slices of one buffer, rows r and r + 1 (HeldOut95's miss
/// <c>CollectionExpressions_PairedRowTotal</c>): the pair spread into one list (<c>[.. a, .. b]</c>) and summed,
/// <c>a.Sum() + b.Sum()</c>, <c>a.Concat(b).Sum()</c>, a <c>foreach</c> over the pair, with the rows taken from a list
/// of exps or computed inline from <c>x[r]</c> and <c>x[r + 1]</c>: LG0002 (the sum spans two rows). One row spread
/// alone (<c>[.. a]</c>) or each row summed apart is silent.
/// </summary>
public class SoftmaxModelTwoRowSumTests
{
    /// <summary>Normaliser spellings over the pair a = exps[r], b = exps[r + 1]; {marker} marks the two-row ones.</summary>
    public static TheoryData<string, string> PairNormalisers => new()
    {
        { "double[] pair = [.. a, .. b]; double z = pair.Sum();", " //~ LG0002" },
        { "double z = a.Sum() + b.Sum();", " //~ LG0002" },
        { "double z = a.Concat(b).Sum();", " //~ LG0002" },
        { "double z = Enumerable.Sum(a.Concat(b));", " //~ LG0002" },
        { "double z = a.Sum(); double zb = b.Sum();", "" },
        { "double[] pair = [.. a]; double z = pair.Sum();", "" },
    };

    /// <summary>A list of double exps rows, normalised two rows at a time (HeldOut95's layout).</summary>
    [Theory]
    [MemberData(nameof(PairNormalisers))]
    public async Task ListOfRows_PairNormaliser(string normaliser, string marker)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static List<double[]> Run(List<double[]> rows)
                {
                    List<double[]> exps = [];
                    foreach (double[] row in rows)
                    {
                        double m = row.Max();
                        exps.Add([.. row.Select(v => Math.Exp(v - m))]);
                    }

                    List<double[]> probs = [];
                    for (int r = 0; r + 1 < exps.Count; r += 2)
                    {
                        double[] a = exps[r];
                        double[] b = r + 1 < exps.Count ? exps[r + 1] : [];
                        {{normaliser}}{{marker}}
                        probs.Add([.. a.Select(v => v / z)]);
                    }
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A <c>foreach</c> over the spread pair folds both rows (LG0002); over one row, silent.</summary>
    [Theory]
    [InlineData("[.. a, .. b]", " //~ LG0002")]
    [InlineData("[.. a]", "")]
    public async Task ListOfRows_ForEachOverPair(string pair, string marker)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static List<double[]> Run(List<double[]> rows)
                {
                    List<double[]> exps = [];
                    foreach (double[] row in rows)
                    {
                        double m = row.Max();
                        exps.Add([.. row.Select(v => Math.Exp(v - m))]);
                    }

                    List<double[]> probs = [];
                    for (int r = 0; r + 1 < exps.Count; r += 2)
                    {
                        double[] a = exps[r];
                        double[] b = exps[r + 1];
                        double[] pair = {{pair}};
                        double z = 0;
                        foreach (double v in pair) z += v;{{marker}}
                        probs.Add([.. a.Select(v => v / z)]);
                    }
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged float rows, the exps computed inline from x[r] and x[r + 1] (no list); each row's own sum is silent.</summary>
    [Theory]
    [InlineData("float z = a.Sum() + b.Sum();", "z", " //~ LG0002")]
    [InlineData("float[] pair = [.. a, .. b]; float z = pair.Sum();", "z", " //~ LG0002")]
    [InlineData("float z = a.Sum(); float zb = b.Sum();", "zb", "")]
    public async Task JaggedFloat_InlineExps(string normaliser, string secondTotal, string marker)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static float[][] Run(float[][] x)
                {
                    var probs = new float[x.Length][];
                    for (int r = 0; r + 1 < x.Length; r += 2)
                    {
                        float ma = x[r].Max(), mb = x[r + 1].Max();
                        float[] a = x[r].Select(v => MathF.Exp(v - ma)).ToArray();
                        float[] b = x[r + 1].Select(v => MathF.Exp(v - mb)).ToArray();
                        {{normaliser}}{{marker}}
                        probs[r] = a.Select(v => v / z).ToArray();
                        probs[r + 1] = b.Select(v => v / {{secondTotal}}).ToArray();
                    }
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Row-major <c>double[,]</c>: one sum over two rows read in one fold (already found) and each row's own sum (silent).</summary>
    [Theory]
    [InlineData("for (int j = 0; j < cols; j++) z += e[r, j] + e[r + 1, j];", " //~ LG0002")]
    [InlineData("for (int j = 0; j < cols; j++) z += e[r, j];", "")]
    public async Task RectangularDouble_PairFold(string fold, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[,] Run(double[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var e = new double[rows, cols];
                    for (int r = 0; r + 1 < rows; r += 2)
                    {
                        for (int q = r; q <= r + 1; q++)
                        {
                            double m = double.NegativeInfinity;
                            for (int j = 0; j < cols; j++) m = Math.Max(m, x[q, j]);
                            for (int j = 0; j < cols; j++) e[q, j] = Math.Exp(x[q, j] - m);
                        }
                        double z = 0;
                        {{fold}}{{marker}}
                        for (int j = 0; j < cols; j++) e[r, j] /= z;
                    }
                    return e;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
