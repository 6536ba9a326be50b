// Idiom: dynamic batching, zero-copy variant: the batch output arrives as raw bytes (IO binding / shared memory), viewed as floats
// Layout: MemoryMarshal.Cast<byte, float> over the whole [batch, classes] buffer, per-request loops with a rented exp buffer
// Bug (LG0001): TensorPrimitives.Max over the whole batch; a request far below the batch's top logit underflows to 0/0
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace HeldOut34.DynamicBatching_BatchPeak
{
    public readonly record struct RequestSlot(int RequestId, int Row);

    public sealed class RawBatchSplitter
    {
        public Dictionary<int, float[]> Split(ReadOnlySpan<byte> rawOutput, IReadOnlyList<RequestSlot> slots, int classes)
        {
            ReadOnlySpan<float> logits = MemoryMarshal.Cast<byte, float>(rawOutput);
            float max = TensorPrimitives.Max(logits); //~ LG0001

            var results = new Dictionary<int, float[]>(slots.Count);
            float[] exps = ArrayPool<float>.Shared.Rent(classes);
            try
            {
                foreach (RequestSlot slot in slots)
                {
                    int start = slot.Row * classes;
                    float sum = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        exps[c] = MathF.Exp(logits[start + c] - max);
                        sum += exps[c];
                    }

                    var probabilities = new float[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        probabilities[c] = exps[c] / sum;
                    }

                    results[slot.RequestId] = probabilities;
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(exps);
            }

            return results;
        }
    }
}
