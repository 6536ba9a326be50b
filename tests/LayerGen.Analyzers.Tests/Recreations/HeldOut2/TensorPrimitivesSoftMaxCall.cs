// Re-creates: classifier heads that call System.Numerics.Tensors TensorPrimitives.SoftMax directly (e.g. ONNX Runtime C# samples' post-processing)
// Layout: 1-D float[] logits per image, library call
// Expected: LG0003 — TensorPrimitives.SoftMax subtracts no max
using System;
using System.Numerics.Tensors;

namespace HeldOut2.TensorPrimitivesSoftMaxCall;

public static class PostProcessing
{
    public static float[] Probabilities(float[] logits)
    {
        var probabilities = new float[logits.Length];
        TensorPrimitives.SoftMax(logits, probabilities); //~ LG0003
        return probabilities;
    }
}
