using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A numeric member of a buffer element (<c>stats[b].Max</c>, <c>st.Max</c> through <c>ref var st = ref stats[b]</c>,
/// <c>stats[b] = new T { Max = m }</c>) is that element's own storage, like <c>maxes[b]</c>: per-row statistics stored
/// this way and read back per row are silent (HeldOut76's false LG0001 + LG0002 on a struct-array stats softmax), while a
/// member of one element used for every row (<c>stats[0].Max</c>), a member fold over every row, or a member sum never
/// reset per row is still reported. Structs, classes, named tuples; arrays, lists, spans; float and double.
/// </summary>
public class SoftmaxModelElementMemberSlotTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;

        public struct RunningStats { public double Max; public double Sum; }
        public struct Stats { public float Max; public float Sum; }
        public sealed class StatsC { public double Max { get; set; } public double Sum { get; set; } }

        """;

    /// <summary>Correct per-row statistics kept in members of buffer elements, in several layouts and spellings.</summary>
    public static TheoryData<string> Correct => new()
    {
        // Two-pass copies into struct fields, 2D double.
        """
        public static class Repro
        {
            public static double[,] Softmax(double[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var stats = new RunningStats[batch];
                for (int b = 0; b < batch; b++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[b, c]);
                    double s = 0.0;
                    for (int c = 0; c < classes; c++) s += Math.Exp(x[b, c] - m);
                    stats[b].Max = m; stats[b].Sum = s;
                }
                var y = new double[batch, classes];
                for (int b = 0; b < batch; b++)
                    for (int c = 0; c < classes; c++) y[b, c] = Math.Exp(x[b, c] - stats[b].Max) / stats[b].Sum;
                return y;
            }
        }
        """,
        // An object initializer assigned to the element (HeldOut76 README reproduction 5).
        """
        public static class Repro
        {
            public static double[,] Softmax(double[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var stats = new RunningStats[batch];
                for (int b = 0; b < batch; b++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[b, c]);
                    double s = 0.0;
                    for (int c = 0; c < classes; c++) s += Math.Exp(x[b, c] - m);
                    stats[b] = new RunningStats { Max = m, Sum = s };
                }
                var y = new double[batch, classes];
                for (int b = 0; b < batch; b++)
                    for (int c = 0; c < classes; c++) y[b, c] = Math.Exp(x[b, c] - stats[b].Max) / stats[b].Sum;
                return y;
            }
        }
        """,
        // Named tuples, folds through the element members, flat row-major float.
        """
        public static class Repro
        {
            public static void Softmax(float[] x, float[] y, int rows, int n)
            {
                var st = new (float Max, float Sum)[rows];
                for (int r = 0; r < rows; r++)
                {
                    st[r].Max = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) st[r].Max = MathF.Max(st[r].Max, x[r * n + j]);
                    st[r].Sum = 0f;
                    for (int j = 0; j < n; j++) st[r].Sum += MathF.Exp(x[r * n + j] - st[r].Max);
                }
                for (int r = 0; r < rows; r++)
                    for (int j = 0; j < n; j++) y[r * n + j] = MathF.Exp(x[r * n + j] - st[r].Max) / st[r].Sum;
            }
        }
        """,
        // A list of class elements with properties, jagged double.
        """
        public static class Repro
        {
            public static void Softmax(double[][] x, double[][] y)
            {
                var stats = new List<StatsC>();
                for (int r = 0; r < x.Length; r++) stats.Add(new StatsC());
                for (int r = 0; r < x.Length; r++)
                {
                    double m = double.NegativeInfinity;
                    foreach (var v in x[r]) m = Math.Max(m, v);
                    double s = 0;
                    foreach (var v in x[r]) s += Math.Exp(v - m);
                    stats[r].Max = m; stats[r].Sum = s;
                }
                for (int r = 0; r < x.Length; r++)
                    for (int j = 0; j < x[r].Length; j++) y[r][j] = Math.Exp(x[r][j] - stats[r].Max) / stats[r].Sum;
            }
        }
        """,
        // A span of structs written with an object initializer, 2D float.
        """
        public static class Repro
        {
            public static void Softmax(float[,] x, float[,] y, Span<Stats> stats)
            {
                int rows = x.GetLength(0), n = x.GetLength(1);
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) m = MathF.Max(m, x[r, j]);
                    float s = 0f;
                    for (int j = 0; j < n; j++) s += MathF.Exp(x[r, j] - m);
                    stats[r] = new Stats { Max = m, Sum = s };
                }
                for (int r = 0; r < rows; r++)
                    for (int j = 0; j < n; j++) y[r, j] = MathF.Exp(x[r, j] - stats[r].Max) / stats[r].Sum;
            }
        }
        """,
        // Folds into the element members, a guarded max, 2D double.
        """
        public static class Repro
        {
            public static double[,] Softmax(double[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var stats = new RunningStats[batch];
                for (int b = 0; b < batch; b++)
                {
                    stats[b].Max = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) { double v = x[b, c]; if (v > stats[b].Max) stats[b].Max = v; }
                    stats[b].Sum = 0;
                    for (int c = 0; c < classes; c++) stats[b].Sum += Math.Exp(x[b, c] - stats[b].Max);
                }
                var y = new double[batch, classes];
                for (int b = 0; b < batch; b++)
                    for (int c = 0; c < classes; c++) y[b, c] = Math.Exp(x[b, c] - stats[b].Max) / stats[b].Sum;
                return y;
            }
        }
        """,
    };

    /// <summary>Members of one element used for every row, or folded over every row: still reported.</summary>
    public static TheoryData<string> Buggy => new()
    {
        // stats[0].Max (the first row's max) used for every row.
        """
        public static class Repro
        {
            public static double[,] Softmax(double[,] x)
            {
                int batch = x.GetLength(0), classes = x.GetLength(1);
                var stats = new RunningStats[batch];
                for (int b = 0; b < batch; b++)
                {
                    double m = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, x[b, c]); //~ LG0001
                    double s = 0.0;
                    for (int c = 0; c < classes; c++) s += Math.Exp(x[b, c] - m);
                    stats[b].Max = m; stats[b].Sum = s;
                }
                var y = new double[batch, classes];
                for (int b = 0; b < batch; b++)
                    for (int c = 0; c < classes; c++) y[b, c] = Math.Exp(x[b, c] - stats[0].Max) / stats[b].Sum;
                return y;
            }
        }
        """,
        // One element's member folded over the whole batch.
        """
        public static class Repro
        {
            public static void Softmax(float[,] x, float[,] y, Stats[] stats)
            {
                int rows = x.GetLength(0), n = x.GetLength(1);
                stats[0].Max = float.NegativeInfinity;
                for (int r = 0; r < rows; r++)
                    for (int j = 0; j < n; j++) stats[0].Max = MathF.Max(stats[0].Max, x[r, j]); //~ LG0001
                for (int r = 0; r < rows; r++)
                {
                    ref Stats st = ref stats[r];
                    st.Sum = 0f;
                    for (int j = 0; j < n; j++) st.Sum += MathF.Exp(x[r, j] - stats[0].Max);
                    for (int j = 0; j < n; j++) y[r, j] = MathF.Exp(x[r, j] - stats[0].Max) / st.Sum;
                }
            }
        }
        """,
        // Each row's element folds every row.
        """
        public static class Repro
        {
            public static void Softmax(float[,] x, float[,] y, Stats[] stats)
            {
                int rows = x.GetLength(0), n = x.GetLength(1);
                for (int r = 0; r < rows; r++) stats[r].Max = float.NegativeInfinity;
                for (int r = 0; r < rows; r++)
                    for (int k = 0; k < rows; k++)
                        for (int j = 0; j < n; j++) stats[r].Max = MathF.Max(stats[r].Max, x[k, j]); //~ LG0001
                for (int r = 0; r < rows; r++)
                {
                    float s = 0f;
                    for (int j = 0; j < n; j++) s += MathF.Exp(x[r, j] - stats[r].Max);
                    for (int j = 0; j < n; j++) y[r, j] = MathF.Exp(x[r, j] - stats[r].Max) / s;
                }
            }
        }
        """,
        // One element's member summed over every row, never reset per row.
        """
        public static class Repro
        {
            public static void Softmax(float[,] x, float[,] y, Stats[] stats)
            {
                int rows = x.GetLength(0), n = x.GetLength(1);
                stats[0].Sum = 0f;
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) m = MathF.Max(m, x[r, j]);
                    for (int j = 0; j < n; j++) stats[0].Sum += MathF.Exp(x[r, j] - m); //~ LG0002
                    for (int j = 0; j < n; j++) y[r, j] = MathF.Exp(x[r, j] - m) / stats[0].Sum;
                }
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task PerRowMembersOfElements_AreSilent(string body)
    {
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Types + body));
    }

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task SharedMembers_AreReportedAtTheFold(string body)
    {
        var source = Types + body;
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }
}
