// Idiom: `fixed` size buffer inside an unsafe struct (`public fixed float Logit[10]`), an array of such structs.
// Use: per-sample class probabilities for a batch of interop records (the struct mirrors a native `float logit[10]`).
// Layout: Sample[] — each struct one softmax slice of `Count` classes in its fixed buffer.
// Correct: an instance method folds the max and the sum of its own buffer and writes into the caller's output struct.
// Our own code.
using System;

namespace HeldOut89.FixedBuffer_SampleStructs;

public unsafe struct Sample
{
    public const int Capacity = 10;

    public int Count;
    public fixed float Logit[Capacity];

    public readonly void SoftmaxInto(ref Sample output)
    {
        float top = Logit[0];
        for (int i = 1; i < Count; i++)
        {
            top = MathF.Max(top, Logit[i]);
        }

        float acc = 0f;
        for (int i = 0; i < Count; i++)
        {
            float e = MathF.Exp(Logit[i] - top);
            output.Logit[i] = e;
            acc += e;
        }

        output.Count = Count;
        for (int i = 0; i < Count; i++)
        {
            output.Logit[i] /= acc;
        }
    }
}

public static class SampleBatch
{
    public static Sample[] Softmax(Sample[] batch)
    {
        var result = new Sample[batch.Length];
        for (int b = 0; b < batch.Length; b++)
        {
            batch[b].SoftmaxInto(ref result[b]);
        }

        return result;
    }
}
