// Re-creation (our own code) of calling System.Numerics.Tensors.TensorPrimitives.SoftMax on classifier
// logits (dotnet/runtime, src/libraries/System.Numerics.Tensors/src/System/Numerics/Tensors/netcore/
// TensorPrimitives.SoftMax.cs: exp(x[i]) / sum exp(x), no max subtracted). Two users: one vector of
// float logits, and a batch of double rows softmaxed slice by slice (AsSpan(row * cols, cols)).
// Bug: the library does not subtract a max, so logits near +1000 (or -1000) give NaN.
using System;
using System.Numerics.Tensors;

namespace Recreations.TensorPrimitivesSoftMaxCall;

public static class LibrarySoftmax
{
    public static float[] Classify(float[] logits)
    {
        var probabilities = new float[logits.Length];
        TensorPrimitives.SoftMax(logits, probabilities); //~ LG0003
        return probabilities;
    }

    public static void Rows(double[] batch, double[] output, int cols)
    {
        int rows = batch.Length / cols;
        for (int row = 0; row < rows; row++)
        {
            TensorPrimitives.SoftMax<double>(batch.AsSpan(row * cols, cols), output.AsSpan(row * cols, cols)); //~ LG0003
        }
    }
}
