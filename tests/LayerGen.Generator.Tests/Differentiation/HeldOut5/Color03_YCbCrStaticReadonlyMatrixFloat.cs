// RGB → YCbCr (ITU-R BT.601, JPEG full range, as in Pillow / OpenCV's cvtColor) for four pixels per row, with the
// matrix in a static readonly table and the chroma offset as a const field.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class YCbCrStaticReadonlyMatrixFloat
{
    const float ChromaOffset = 0.5f;

    static readonly float[] Matrix =
    {
        0.299f, 0.587f, 0.114f,
        -0.168736f, -0.331264f, 0.5f,
        0.5f, -0.418688f, -0.081312f,
    };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int p = 0; p < 4; p++)
        {
            for (int row = 0; row < 3; row++)
            {
                float s = row == 0 ? 0f : ChromaOffset;
                for (int col = 0; col < 3; col++) s += Matrix[row * 3 + col] * x[p * 3 + col];
                y[p * 3 + row] = s;
            }
        }
    }
}
