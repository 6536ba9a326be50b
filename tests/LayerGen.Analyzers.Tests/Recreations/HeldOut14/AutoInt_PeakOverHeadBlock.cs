// Source: AutoInt interacting layer (Song et al. 2019; shichence/AutoInt), a pointer port that stabilises each head's
// [fields, fields] block once.
// Layout: unsafe float* over a flat [heads, fields, fields] buffer; the peak walks the head's whole block with an
// end pointer, then each query field's row is normalised over the fields.
// Bug LG0001: the maximum spans every query row of the head, not one row's keys.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static unsafe class AutoInt_PeakOverHeadBlock
{
    public static void Attention(float* scores, int heads, int fields, float* weights)
    {
        int block = fields * fields;
        for (int h = 0; h < heads; h++)
        {
            float* head = scores + h * block;
            float peak = float.NegativeInfinity;
            for (float* p = head; p < head + block; p++)
                peak = MathF.Max(peak, *p); //~ LG0001
            for (int q = 0; q < fields; q++)
            {
                float* row = head + q * fields;
                float* dst = weights + h * block + q * fields;
                float sum = 0f;
                for (int k = 0; k < fields; k++)
                    sum += dst[k] = MathF.Exp(row[k] - peak);
                for (int k = 0; k < fields; k++)
                    dst[k] /= sum;
            }
        }
    }
}
