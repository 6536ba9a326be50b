// known gap: missed: helper method Activation(q, scale, zp) => MathF.Exp((q - zp) * scale) over a byte span; inline it is missed too, a float helper Exp(x) is found
// gap: -LG0003@24
// HeldOut59 — QuantTensor_HelperExpUint8. Idiom: uint8 classifier output read row by row as `ReadOnlySpan<byte>` slices;
// a small helper method `Activation(q, scale, zeroPoint)` dequantises and exponentiates in one call, and the caller
// sums and divides — no maximum subtracted anywhere. Use: embedded inference runtime, uint8 classifier head op.
// Layout: ReadOnlySpan<byte> [rows * cols], row r at Slice(r * cols, cols); Span<float> out, same layout.
// Bug: LG0003 (raw exp inside the helper; marked at the helper's call).
using System;

namespace HeldOut59.QuantTensor_HelperExpUint8;

public static class Uint8HeadOp
{
    public static void Softmax(ReadOnlySpan<byte> data, int cols, float scale, int zeroPoint, Span<float> probs)
    {
        int rows = data.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<byte> row = data.Slice(r * cols, cols);
            Span<float> p = probs.Slice(r * cols, cols);
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = Activation(row[c], scale, zeroPoint); //~ LG0003
                p[c] = e;
                sum += e;
            }

            for (int c = 0; c < cols; c++)
            {
                p[c] /= sum;
            }
        }
    }

    private static float Activation(byte q, float scale, int zeroPoint) => MathF.Exp((q - zeroPoint) * scale);
}
