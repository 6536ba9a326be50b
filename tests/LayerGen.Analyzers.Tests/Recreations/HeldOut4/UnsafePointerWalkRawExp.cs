// Source: llama2.c-style C# ports (softmax over the vocabulary before sampling), written with pointer walks the way
// the C original uses `x++`: one pass for exps and sum, one pass to divide.
// Layout: 1-D float buffer via `fixed`; pointers advanced in the loop header, end pointer bound.
// Bug: *q = exp(*p) exponentiates the raw logits, no max subtracted (inf for logits above ~88).
namespace LayerGen.HeldOut4.UnsafePointerWalkRawExp;

public static unsafe class VocabSoftmax
{
    public static void Forward(float[] logits, float[] probs)
    {
        fixed (float* px = logits)
        fixed (float* py = probs)
        {
            float* end = px + logits.Length;
            float sum = 0f;
            float* q = py;
            for (float* p = px; p < end; p++, q++)
            {
                *q = System.MathF.Exp(*p); //~ LG0003
                sum += *q;
            }

            float* qEnd = py + probs.Length;
            for (float* d = py; d < qEnd; d++)
                *d /= sum;
        }
    }
}
