// Source: DETR post-processing classes in C# that keep running state in fields.
// Layout: flat [queries, classes + 1]; softmax over each query's classes.
// Bug (LG0002): the denominator is an instance field reset only in the constructor, so it accumulates every query.
using System;

namespace LayerGen.Recreations.HeldOut5.DetrDecoderFieldTotalNs;

public sealed class DetrDecoderFieldTotal
{
    private float _total;

    public DetrDecoderFieldTotal()
    {
        _total = 0f;
    }

    public void Probabilities(float[] logits, float[] probs, int queries, int width)
    {
        for (int q = 0; q < queries; q++)
        {
            int o = q * width;
            float max = logits[o];
            for (int c = 1; c < width; c++) max = MathF.Max(max, logits[o + c]);
            for (int c = 0; c < width; c++)
            {
                probs[o + c] = MathF.Exp(logits[o + c] - max);
                _total += probs[o + c]; //~ LG0002
            }
            for (int c = 0; c < width; c++) probs[o + c] /= _total;
        }
    }
}
