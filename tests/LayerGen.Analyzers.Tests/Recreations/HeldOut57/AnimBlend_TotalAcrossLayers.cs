// Idiom: animation blend weights per layer, the normaliser declared with the other frame locals above the layer loop.
// Use: blend-tree component evaluating every layer each frame.
// Layout: flat float[] with an explicit offset o = layer * clips; while loops; output written in place of a field buffer.
// Label: LG0002 — `total` is never reset per layer, so every layer after the first is divided by the running sum of all
// layers so far. Our own code.
using System;

namespace HeldOut57.AnimBlend_TotalAcrossLayers
{
    public sealed class LayeredBlender
    {
        public int Clips;
        public float[] Blend = Array.Empty<float>();

        public void Evaluate(float[] drive, int layers)
        {
            if (Blend.Length != drive.Length) Blend = new float[drive.Length];
            float total = 0f;
            int layer = 0;
            while (layer < layers)
            {
                int o = layer * Clips;
                float top = drive[o];
                int c = 1;
                while (c < Clips)
                {
                    top = MathF.Max(top, drive[o + c]);
                    c++;
                }

                c = 0;
                while (c < Clips)
                {
                    Blend[o + c] = MathF.Exp(drive[o + c] - top);
                    total += Blend[o + c]; //~ LG0002
                    c++;
                }

                c = 0;
                while (c < Clips)
                {
                    Blend[o + c] /= total;
                    c++;
                }

                layer++;
            }
        }
    }
}
