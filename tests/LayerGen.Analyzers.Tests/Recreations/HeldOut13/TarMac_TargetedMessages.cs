// Source: TarMAC targeted multi-agent communication (Das et al. 2019): each receiver's query is matched against every
// sender's key, a softmax over senders weights the senders' message values.
// Layout: unsafe float* row-major [receivers, senders] scores through `fixed`, per-receiver row pointers.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class TarMac_TargetedMessages
{
    public static unsafe float[] Attention(float[] scores, int receivers, int senders, float[,] values, out float[,] messages)
    {
        var attn = new float[receivers * senders];
        int dim = values.GetLength(1);
        messages = new float[receivers, dim];
        fixed (float* s = scores)
        fixed (float* a = attn)
        {
            for (int j = 0; j < receivers; j++)
            {
                float* row = s + j * senders;
                float* outRow = a + j * senders;
                float peak = row[0];
                for (int i = 1; i < senders; i++)
                    if (row[i] > peak)
                        peak = row[i];

                float sum = 0f;
                for (int i = 0; i < senders; i++)
                {
                    outRow[i] = MathF.Exp(row[i] - peak);
                    sum += outRow[i];
                }
                for (int i = 0; i < senders; i++)
                {
                    outRow[i] /= sum;
                    for (int d = 0; d < dim; d++)
                        messages[j, d] += outRow[i] * values[i, d];
                }
            }
        }
        return attn;
    }
}
