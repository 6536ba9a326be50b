// gaps36 (issue 8, generalisation): bugs of existing corpus files written the ways the equivalence rewrites spell them
// (tests/Shared/Rewrites), so each spelling is a corpus case of its own and not only a rewritten file: a map summed over
// heads then exponentiated in place with a key-column maximum (TiedMaps_KeyColumnMaxima) with the flat index in a
// temporary and with the query loop in a Parallel.For lambda; CSR groups (CsrPositions_WholeListFolds) with the group
// starts in a ReadOnlySpan<int> or a List<int>; window softmaxes (WindowShift_WholeDimensionMax) whose shift is a
// foreach over the whole row or vector.
// Layouts: flat float[] [L·L] maps; double[,] long-format table and float[] scores with span/list starts; jagged
// double[][] rows and a flat float[] with windows of `size`/`w`.
// Bugs: LG0004 ×2 (a maximum over the queries of each key, a sum over the keys of each query), LG0002 (one total over
// every group), LG0001 ×3 (one maximum over every group; a maximum over the whole row or vector the windows tile).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Recreations.RewriteSpellingsTooWideFolds;

public static class TooWideFolds
{
    public static void HeadSummedIndexTemporary(float[] logits, int heads, int n, float[] map)
    {
        for (int h = 0; h < heads; h++)
            for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
        var keyMax = new float[n];
        for (int j = 0; j < n; j++)
        {
            keyMax[j] = float.NegativeInfinity;
            for (int i = 0; i < n; i++) keyMax[j] = MathF.Max(keyMax[j], map[i * n + j]); //~ LG0004
        }

        for (int i = 0; i < n; i++)
        {
            float z = 0f;
            for (int j = 0; j < n; j++)
            {
                int at = i * n + j;
                map[at] = MathF.Exp(map[at] - keyMax[j]);
                z += map[i * n + j];
            }

            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        }
    }

    public static void HeadSummedParallelQueries(float[] logits, int heads, int n, float[] map)
    {
        for (int h = 0; h < heads; h++)
            for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
        var keyMax = new float[n];
        for (int j = 0; j < n; j++)
        {
            keyMax[j] = float.NegativeInfinity;
            for (int i = 0; i < n; i++) keyMax[j] = MathF.Max(keyMax[j], map[i * n + j]); //~ LG0004
        }

        Parallel.For(0, n, i =>
        {
            float z = 0f;
            for (int j = 0; j < n; j++)
            {
                map[i * n + j] = MathF.Exp(map[i * n + j] - keyMax[j]);
                z += map[i * n + j];
            }

            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        });
    }

    public static double[] SpanStartsOneTotal(double[,] table, ReadOnlySpan<int> start)
    {
        int rows = table.GetLength(0);
        var share = new double[rows];
        for (int s = 0; s + 1 < start.Length; s++)
        {
            double best = double.NegativeInfinity;
            for (int r = start[s]; r < start[s + 1]; r++) best = Math.Max(best, table[r, 0]);
            for (int r = start[s]; r < start[s + 1]; r++) share[r] = Math.Exp(table[r, 0] - best);
        }

        double z = 0.0;
        for (int r = 0; r < rows; r++) z += share[r]; //~ LG0002
        for (int r = 0; r < rows; r++) share[r] /= z;
        return share;
    }

    public static void ListStartsOneShift(float[] scores, List<int> start, float[] p)
    {
        float peak = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++) peak = MathF.Max(peak, scores[c]); //~ LG0001
        for (int g = 0; g + 1 < start.Count; g++)
        {
            float z = 0f;
            for (int c = start[g]; c < start[g + 1]; c++) { p[c] = MathF.Exp(scores[c] - peak); z += p[c]; }
            for (int c = start[g]; c < start[g + 1]; c++) p[c] /= z;
        }
    }

    public static void ForeachRowAroundWindows(double[][] rows, int size, double[][] result)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            double[] row = rows[i];
            double top = double.NegativeInfinity;
            foreach (double v in row) top = Math.Max(top, v); //~ LG0001
            for (int start = 0; start < row.Length; start += size)
            {
                double z = 0.0;
                for (int t = 0; t < size; t++) { result[i][start + t] = Math.Exp(row[start + t] - top); z += result[i][start + t]; }
                for (int t = 0; t < size; t++) result[i][start + t] /= z;
            }
        }
    }

    public static void ForeachVectorAroundSegments(float[] x, int w, float[] y)
    {
        float m = float.NegativeInfinity;
        foreach (float v in x) if (v > m) m = v; //~ LG0001
        for (int s = 0; s < x.Length / w; s++)
        {
            float z = 0f;
            for (int t = 0; t < w; t++) { y[s * w + t] = MathF.Exp(x[s * w + t] - m); z += y[s * w + t]; }
            for (int t = 0; t < w; t++) y[s * w + t] /= z;
        }
    }
}
