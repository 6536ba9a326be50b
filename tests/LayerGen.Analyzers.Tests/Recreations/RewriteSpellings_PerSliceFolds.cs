// gaps36: correct twins of RewriteSpellings_TooWideFolds, written the same ways: the head-summed map shifted by each
// query row's own maximum with the index in a temporary and in a Parallel.For lambda; a layer-summed jagged map whose
// row sum is moved into a local function after its in-place exps; CSR groups with span starts, each group's own maximum
// and sum; window softmaxes whose shift is a foreach over the window itself; a foreach maximum over the whole row for a
// softmax over that whole row.
// Layouts: flat float[] [L·L]; jagged double[][] maps and rows; float[] scores with ReadOnlySpan<int> starts.
// Correct: every slice (a query row, a group, a window, a row) is shifted by its own maximum and divided by its own sum.
using System;
using System.Threading.Tasks;

namespace Recreations.RewriteSpellingsPerSliceFolds;

public static class PerSliceFolds
{
    public static void HeadSummedIndexTemporary(float[] logits, int heads, int n, float[] map)
    {
        for (int h = 0; h < heads; h++)
            for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = 0f;
            for (int j = 0; j < n; j++)
            {
                int at = i * n + j;
                map[at] = MathF.Exp(map[at] - m);
                z += map[i * n + j];
            }

            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        }
    }

    public static void HeadSummedParallelQueries(float[] logits, int heads, int n, float[] map)
    {
        for (int h = 0; h < heads; h++)
            for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
        Parallel.For(0, n, i =>
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = 0f;
            for (int j = 0; j < n; j++)
            {
                map[i * n + j] = MathF.Exp(map[i * n + j] - m);
                z += map[i * n + j];
            }

            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        });
    }

    public static void LayerSummedLocalFunction(double[][][] layers, double[][] map)
    {
        int n = map.Length;
        foreach (var layer in layers)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) map[i][j] += layer[i][j];
        for (int i = 0; i < n; i++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < n; j++) m = Math.Max(m, map[i][j]);
            double z = RowSum();
            for (int j = 0; j < n; j++) map[i][j] /= z;

            double RowSum()
            {
                double s = 0;
                for (int j = 0; j < n; j++) { map[i][j] = Math.Exp(map[i][j] - m); s += map[i][j]; }
                return s;
            }
        }
    }

    public static void SpanStartsPerGroup(float[] scores, ReadOnlySpan<int> start, float[] p)
    {
        for (int g = 0; g + 1 < start.Length; g++)
        {
            float peak = float.NegativeInfinity;
            for (int c = start[g]; c < start[g + 1]; c++) peak = MathF.Max(peak, scores[c]);
            float z = 0f;
            for (int c = start[g]; c < start[g + 1]; c++) { p[c] = MathF.Exp(scores[c] - peak); z += p[c]; }
            for (int c = start[g]; c < start[g + 1]; c++) p[c] /= z;
        }
    }

    public static void ForeachOverEachWindow(double[][] rows, int size, double[][] result)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            double[] row = rows[i];
            for (int start = 0; start < row.Length; start += size)
            {
                double top = double.NegativeInfinity;
                foreach (double v in row.AsSpan(start, size)) top = Math.Max(top, v);
                double z = 0.0;
                for (int t = 0; t < size; t++) { result[i][start + t] = Math.Exp(row[start + t] - top); z += result[i][start + t]; }
                for (int t = 0; t < size; t++) result[i][start + t] /= z;
            }
        }
    }

    public static void ForeachOverTheWholeRow(double[][] rows, double[][] result)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            double top = double.NegativeInfinity;
            foreach (double v in rows[i]) top = Math.Max(top, v);
            double z = 0.0;
            for (int j = 0; j < rows[i].Length; j++) { result[i][j] = Math.Exp(rows[i][j] - top); z += result[i][j]; }
            for (int j = 0; j < rows[i].Length; j++) result[i][j] /= z;
        }
    }
}
