// Idiom: Unity Sentis / Barracuda segmentation readback: the output tensor downloaded to a float array, per-pixel softmax for a mask overlay
// Layout: channels-last (NHWC) float[] from ToReadOnlyArray(), index (y * width + x) * channels + c; a local function per pixel
// Correct
using System;

namespace HeldOut34.SentisNhwc_PixelSoftmax
{
    /// <summary>Minimal stand-in for a Unity Sentis TensorFloat after readback.</summary>
    public sealed class TensorFloat
    {
        private readonly float[] _data;

        public TensorFloat(int[] shape, float[] data)
        {
            shapeDims = shape;
            _data = data;
        }

        public int[] shapeDims { get; }

        public float[] ToReadOnlyArray() => _data;
    }

    public sealed class SegmentationOverlay
    {
        public float[] classProbabilities;
        public int width;
        public int height;
        public int channels;

        public void OnInferenceComplete(TensorFloat output)
        {
            height = output.shapeDims[1];
            width = output.shapeDims[2];
            channels = output.shapeDims[3];
            float[] data = output.ToReadOnlyArray();
            classProbabilities = new float[data.Length];

            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    SoftmaxPixel((y * width + x) * channels);
                }
            }

            void SoftmaxPixel(int offset)
            {
                float maxVal = data[offset];
                for (int c = 1; c < channels; c++)
                {
                    maxVal = Math.Max(maxVal, data[offset + c]);
                }

                float sumExp = 0f;
                for (int c = 0; c < channels; c++)
                {
                    float v = (float)Math.Exp(data[offset + c] - maxVal);
                    classProbabilities[offset + c] = v;
                    sumExp += v;
                }

                for (int c = 0; c < channels; c++)
                {
                    classProbabilities[offset + c] /= sumExp;
                }
            }
        }
    }
}
