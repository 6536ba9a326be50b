// Idiom: flash-attention-style tiled attention, jagged per-query score rows; running statistics hoisted above the
//        query loop for "reuse" and only the denominator and the accumulator cleared per query
// Layout: jagged float[][] scores[query][key] (already q·k/sqrt(d)), v as float[][] [key][dv], output float[][]
// Bug (LG0001): `runMax` is never reset between query rows, so a row far below an earlier row underflows to 0/0
using System;

namespace HeldOut39.FlashAttention_RunningMaxAcrossQueries;

public static class TiledAttention
{
    public static float[][] Forward(float[][] scores, float[][] v, int blockSize)
    {
        int dv = v[0].Length;
        var output = new float[scores.Length][];
        float runMax = float.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
        {
            float[] row = scores[i];
            float runSum = 0f;
            var acc = new float[dv];
            for (int start = 0; start < row.Length; start += blockSize)
            {
                int end = Math.Min(start + blockSize, row.Length);
                float newMax = runMax;
                for (int j = start; j < end; j++)
                {
                    newMax = MathF.Max(newMax, row[j]); //~ LG0001
                }
                float rescale = MathF.Exp(runMax - newMax);
                runSum *= rescale;
                for (int c = 0; c < dv; c++) acc[c] *= rescale;
                for (int j = start; j < end; j++)
                {
                    float p = MathF.Exp(row[j] - newMax);
                    runSum += p;
                    for (int c = 0; c < dv; c++) acc[c] += p * v[j][c];
                }
                runMax = newMax;
            }
            for (int c = 0; c < dv; c++) acc[c] /= runSum;
            output[i] = acc;
        }
        return output;
    }
}
