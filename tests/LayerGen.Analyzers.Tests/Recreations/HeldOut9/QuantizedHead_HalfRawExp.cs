// Source: fp16 model post-processing in C# (ONNX Runtime float16 outputs read as System.Half, converted to float
// before the softmax), re-created shape.
// Layout: Half[] [rows * classes] logits, float[,] probabilities.
// Bug (LG0003): the converted logits are exponentiated with no max subtracted (fp16 logits reach 65504, far past
// float exp's limit of ~88).
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class QuantizedHead_HalfRawExp
{
    public static float[,] Probabilities(Half[] logits, int classes)
    {
        int rows = logits.Length / classes;
        var probs = new float[rows, classes];
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp((float)logits[r * classes + c]); //~ LG0003
                probs[r, c] = e;
                sum += e;
            }

            for (int c = 0; c < classes; c++)
            {
                probs[r, c] /= sum;
            }
        }

        return probs;
    }
}
