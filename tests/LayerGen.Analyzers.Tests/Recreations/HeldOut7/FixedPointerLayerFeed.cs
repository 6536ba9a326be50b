// Source: unsafe softmax layers in C# (shape of the Multipolar SoftmaxLayer: Feed(float[]) pins the input with
// fixed and forwards to Feed(float*), which walks raw pointers).
// Layout: float[] one sample's logits, float* inside; softmax over the whole vector; the caller feeds each row.
// Correct.
using System;

namespace HeldOut7.FixedPointerLayerFeed
{
    public sealed unsafe class PointerSoftmaxLayer
    {
        public PointerSoftmaxLayer(int size)
        {
            Size = size;
            Output = new float[size];
        }

        public int Size { get; }

        public float[] Output { get; }

        public void Feed(float[] input)
        {
            if (input.Length != Size) throw new ArgumentException($"input has {input.Length} values, layer expects {Size}.", nameof(input));
            fixed (float* p = input)
            {
                Feed(p);
            }
        }

        private void Feed(float* input)
        {
            float max = *input;
            for (float* q = input + 1; q < input + Size; q++)
            {
                if (*q > max) max = *q;
            }

            fixed (float* o = Output)
            {
                float sum = 0f;
                for (int i = 0; i < Size; i++)
                {
                    o[i] = MathF.Exp(input[i] - max);
                    sum += o[i];
                }

                float inv = 1f / sum;
                for (int i = 0; i < Size; i++)
                {
                    o[i] *= inv;
                }
            }
        }
    }
}
