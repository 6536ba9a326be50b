// Re-creation (our own code) of high-performance C# code that views a row of a rectangular array as a span
// (MemoryMarshal.CreateSpan(ref x[i, 0], cols), as nijnstein/NN01's MathEx does with MemoryMarshal.GetReference)
// and runs TensorPrimitives.Max on it before a scalar softmax.
// Layout: row-major float[rows, cols], rows as spans over the array's storage. Correct.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace HeldOut.MemoryMarshalRowSpans;

public static class SpanRowSoftmax
{
    public static void Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            Span<float> row = MemoryMarshal.CreateSpan(ref x[i, 0], cols);
            float max = TensorPrimitives.Max<float>(row);
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                row[j] = MathF.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < cols; j++)
            {
                row[j] /= sum;
            }
        }
    }
}
