// Idiom: dynamic batching in an inference service: queued requests packed into one [batch, classes] tensor, results split back
// Layout: flat float[] batch output, per-request ReadOnlySpan row, ArrayPool<float> scratch, TensorPrimitives Max/Subtract/Exp/Sum/Divide
// Correct
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics.Tensors;

namespace HeldOut34.DynamicBatching_PooledRows
{
    public sealed record InferenceRequest(Guid Id, float[] Features);

    public sealed record InferenceResult(Guid Id, float[] Probabilities);

    public sealed class BatchPostProcessor
    {
        private readonly int _classes;

        public BatchPostProcessor(int classes)
        {
            _classes = classes;
        }

        public List<InferenceResult> Split(IReadOnlyList<InferenceRequest> requests, float[] output)
        {
            var results = new List<InferenceResult>(requests.Count);
            float[] scratch = ArrayPool<float>.Shared.Rent(_classes);
            try
            {
                Span<float> shifted = scratch.AsSpan(0, _classes);
                for (int r = 0; r < requests.Count; r++)
                {
                    ReadOnlySpan<float> row = output.AsSpan(r * _classes, _classes);
                    float max = TensorPrimitives.Max(row);
                    TensorPrimitives.Subtract(row, max, shifted);
                    TensorPrimitives.Exp(shifted, shifted);
                    float sum = TensorPrimitives.Sum(shifted);

                    var probabilities = new float[_classes];
                    TensorPrimitives.Divide(shifted, sum, probabilities);
                    results.Add(new InferenceResult(requests[r].Id, probabilities));
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scratch);
            }

            return results;
        }
    }
}
