// Idiom: dual softmax for feature matching: a softmax over each row and a softmax over each column of the same
//        similarity matrix (scaled by 1/temperature), multiplied; the column pass walks the flat buffer once with
//        idx % m and keeps per-column maxima and sums in arrays.
// Use: LoFTR-style coarse matching confidence.
// Layout: flat float[n · m], row-major.
// Correct: rows shifted by their own max, columns by colTop[idx % m] and normalised by colZ[idx % m].
// Our own code.
#nullable enable
using System;

namespace HeldOut87.DualSoftmax_StridedColumns;

public static class DualSoftmax
{
    public static float[] Match(float[] sim, int n, int m, float temperature, float[] rowP, float[] colP)
    {
        float inv = 1f / temperature;
        for (int i = 0; i < n; i++)
        {
            float top = float.NegativeInfinity;
            for (int j = 0; j < m; j++) top = MathF.Max(top, sim[i * m + j] * inv);
            float z = 0f;
            for (int j = 0; j < m; j++)
            {
                rowP[i * m + j] = MathF.Exp(sim[i * m + j] * inv - top);
                z += rowP[i * m + j];
            }

            for (int j = 0; j < m; j++) rowP[i * m + j] /= z;
        }

        var colTop = new float[m];
        var colZ = new float[m];
        Array.Fill(colTop, float.NegativeInfinity);
        for (int idx = 0; idx < n * m; idx++) colTop[idx % m] = MathF.Max(colTop[idx % m], sim[idx] * inv);
        for (int idx = 0; idx < n * m; idx++)
        {
            colP[idx] = MathF.Exp(sim[idx] * inv - colTop[idx % m]);
            colZ[idx % m] += colP[idx];
        }

        var match = new float[n * m];
        for (int idx = 0; idx < n * m; idx++)
        {
            colP[idx] /= colZ[idx % m];
            match[idx] = rowP[idx] * colP[idx];
        }

        return match;
    }
}
