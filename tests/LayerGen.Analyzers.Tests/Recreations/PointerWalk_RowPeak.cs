// Correct twins of PointerWalk_HeadBlockPeak: the same four pointer-walk spellings (an end pointer local, p != end with
// ++p, while (p < end) … *p++, a backwards walk from row + fields - 1 to row), each over one query row's fields, the
// peak reset per row: the walk spans exactly the keys the row's sum runs over.
// Source: AutoInt interacting layer (Song et al. 2019; shichence/AutoInt), multi-head attention over native buffers.
// Layouts: float* [heads · fields · fields], row pointers. Correct.
using System;

namespace Recreations.PointerWalkRowPeak;

public static unsafe class HeadAttention
{
    public static void EndLocal(float* scores, int heads, int fields, float* weights)
    {
        int block = fields * fields;
        for (int h = 0; h < heads; h++)
        {
            for (int q = 0; q < fields; q++)
            {
                float* row = scores + h * block + q * fields;
                float* end = row + fields;
                float peak = float.NegativeInfinity;
                for (float* p = row; p < end; p++) peak = MathF.Max(peak, *p);
                float sum = 0f;
                for (int k = 0; k < fields; k++) sum += weights[h * block + q * fields + k] = MathF.Exp(row[k] - peak);
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
            for (int q = 0; q < fields; q++)
            {
                float* row = head + q * fields;
                float peak = float.NegativeInfinity;
                for (float* p = row; p != row + fields; ++p) if (*p > peak) peak = *p;
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
            for (int q = 0; q < fields; q++)
            {
                float* p = scores + h * block + q * fields;
                float* end = p + fields;
                float peak = float.NegativeInfinity;
                while (p < end) peak = MathF.Max(peak, *p++);
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
            for (int q = 0; q < fields; q++)
            {
                float* row = head + q * fields;
                float peak = float.NegativeInfinity;
                for (float* p = row + fields - 1; p >= row; p--) peak = MathF.Max(peak, *p);
                float sum = 0f;
                for (int k = 0; k < fields; k++) sum += weights[h * block + q * fields + k] = MathF.Exp(row[k] - peak);
                for (int k = 0; k < fields; k++) weights[h * block + q * fields + k] /= sum;
            }
        }
    }
}
