// Source: AutoInt interacting layer (Song et al. 2019, "AutoInt: Automatic Feature Interaction Learning via
// Self-Attentive Neural Networks"; shichence/AutoInt): per head, each feature field attends over all fields.
// Layout: unsafe float* over a flat [heads, fields, fields] buffer; a row pointer per (head, query field), peak and
// sum walked with pointer arithmetic; weights written through a second pointer.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static unsafe class AutoInt_FieldAttention
{
    public static void Attention(float* scores, int heads, int fields, float* weights)
    {
        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < fields; q++)
            {
                float* row = scores + (h * fields + q) * fields;
                float* dst = weights + (h * fields + q) * fields;
                float peak = *row;
                for (float* p = row + 1; p < row + fields; p++)
                    if (*p > peak) peak = *p;
                float sum = 0f;
                for (int k = 0; k < fields; k++)
                {
                    dst[k] = MathF.Exp(row[k] - peak);
                    sum += dst[k];
                }
                float inv = 1f / sum;
                for (int k = 0; k < fields; k++)
                    dst[k] *= inv;
            }
        }
    }
}
