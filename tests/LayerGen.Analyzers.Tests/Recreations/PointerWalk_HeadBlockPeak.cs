// Bug variants: per-head attention weights over a flat [heads, fields, fields] score buffer read through pointers, with
// one peak taken by a pointer walk over the head's whole [fields, fields] block (every query row of the head) while
// each query row is normalised over its own keys: a row far below the head's peak underflows to 0/0 (LG0001, the same
// bug as the index walk for (i = 0; i < block; i++) head[i]).
// Source: AutoInt interacting layer (Song et al. 2019; shichence/AutoInt) and other multi-head attention ports over
// native buffers — re-created in the pointer-walk spellings HeldOut14's AutoInt_PeakOverHeadBlock did not use.
// Layouts: float* [heads · fields · fields]; the peak walk bounded by an end pointer local (p < end), by p != head +
// block with ++p, by while (p < end) peak = MathF.Max(peak, *p++), and backwards from head + block - 1 to head.
using System;

namespace Recreations.PointerWalkHeadBlockPeak;

public static unsafe class HeadAttention
{
    public static void EndLocal(float* scores, int heads, int fields, float* weights)
    {
        int block = fields * fields;
        for (int h = 0; h < heads; h++)
        {
            float* head = scores + h * block;
            float* end = head + block;
            float peak = float.NegativeInfinity;
            for (float* p = head; p < end; p++) peak = MathF.Max(peak, *p); //~ LG0001
            for (int q = 0; q < fields; q++)
            {
                float sum = 0f;
                for (int k = 0; k < fields; k++) sum += weights[h * block + q * fields + k] = MathF.Exp(head[q * fields + k] - peak);
                for (int k = 0; k < fields; k++) weights[h * block + q * fields + k] /= sum;
            }
        }
    }

    public static void NotEqualEnd(float* scores, int heads, int fields, float* weights)
    {
        int block = fields * fields;
        for (int h = 0; h < heads; h++)
        {
            float* head = scores + h * block;
            float peak = float.NegativeInfinity;
            for (float* p = head; p != head + block; ++p) if (*p > peak) peak = *p; //~ LG0001
            for (int q = 0; q < fields; q++)
            {
                float sum = 0f;
                for (int k = 0; k < fields; k++) sum += weights[h * block + q * fields + k] = MathF.Exp(head[q * fields + k] - peak);
                for (int k = 0; k < fields; k++) weights[h * block + q * fields + k] /= sum;
            }
        }
    }

    public static void WhilePostIncrement(float* scores, int heads, int fields, float* weights)
    {
        int block = fields * fields;
        for (int h = 0; h < heads; h++)
        {
            float* p = scores + h * block;
            float* end = p + block;
            float peak = float.NegativeInfinity;
            while (p < end) peak = MathF.Max(peak, *p++); //~ LG0001
            for (int q = 0; q < fields; q++)
            {
                float sum = 0f;
                for (int k = 0; k < fields; k++) sum += weights[h * block + q * fields + k] = MathF.Exp(scores[h * block + q * fields + k] - peak);
                for (int k = 0; k < fields; k++) weights[h * block + q * fields + k] /= sum;
            }
        }
    }

    public static void Reverse(float* scores, int heads, int fields, float* weights)
    {
        int block = fields * fields;
        for (int h = 0; h < heads; h++)
        {
            float* head = scores + h * block;
            float peak = float.NegativeInfinity;
            for (float* p = head + block - 1; p >= head; p--) peak = MathF.Max(peak, *p); //~ LG0001
            for (int q = 0; q < fields; q++)
            {
                float sum = 0f;
                for (int k = 0; k < fields; k++) sum += weights[h * block + q * fields + k] = MathF.Exp(head[q * fields + k] - peak);
                for (int k = 0; k < fields; k++) weights[h * block + q * fields + k] /= sum;
            }
        }
    }
}
