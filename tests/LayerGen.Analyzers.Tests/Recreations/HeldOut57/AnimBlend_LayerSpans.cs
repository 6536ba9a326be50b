// Idiom: animation blend weights from per-clip drive values (a softmax per animation layer so each layer's clip weights
// sum to one). Use: a blend-tree component evaluating every layer each frame.
// Layout: flat float[] drive [layers * clips], weights field reused across frames; ReadOnlySpan/Span with Slice per layer.
// Label: Correct (peak of each layer's span, reciprocal of each layer's sum). Our own code, after the blend-tree
// evaluation loops common in engine animation scripts.
using System;

namespace HeldOut57.AnimBlend_LayerSpans
{
    public sealed class BlendTreeComponent
    {
        public int Layers;
        public int ClipsPerLayer;
        public float[] Weights;

        public BlendTreeComponent(int layers, int clipsPerLayer)
        {
            Layers = layers;
            ClipsPerLayer = clipsPerLayer;
            Weights = new float[layers * clipsPerLayer];
        }

        public void LateUpdate(float[] drive)
        {
            ReadOnlySpan<float> all = drive;
            for (int l = 0; l < Layers; l++)
            {
                ReadOnlySpan<float> d = all.Slice(l * ClipsPerLayer, ClipsPerLayer);
                Span<float> w = Weights.AsSpan(l * ClipsPerLayer, ClipsPerLayer);
                float peak = float.MinValue;
                foreach (float v in d)
                {
                    if (v > peak) peak = v;
                }

                float sum = 0f;
                for (int c = 0; c < d.Length; c++)
                {
                    w[c] = MathF.Exp(d[c] - peak);
                    sum += w[c];
                }

                float inv = 1f / sum;
                for (int c = 0; c < w.Length; c++)
                    w[c] *= inv;
            }
        }
    }
}
