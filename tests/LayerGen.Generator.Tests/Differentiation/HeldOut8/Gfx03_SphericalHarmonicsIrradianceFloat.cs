// Irradiance from nine order-2 spherical-harmonic lighting coefficients per colour channel (learnable, 9×3) at two
// surface normals (the row): Ramamoorthi & Hanrahan's quadratic form, the nine basis terms written into a stackalloc
// span with band weights from a static readonly table; outputs RGB per normal.
// Shape of: Ramamoorthi & Hanrahan 2001 ("An Efficient Representation for Irradiance Environment Maps"), from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class SphericalHarmonicsIrradianceFloat
{
    // c4·L00, 2c2·(L1−1, L10, L11), 2c1·(L2−2, L2−1, L21), c3·L20 (its z² term; −c5 folded into the constant), c1·L22
    private static readonly float[] BandWeight =
        { 0.886227f, 1.023328f, 1.023328f, 1.023328f, 0.858086f, 0.858086f, 0.858086f, 0.743125f, 0.429043f };
    const float C5 = 0.247708f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(27, StandardDeviation = 0.3)] ReadOnlySpan<float> coefficients)
    {
        Span<float> basis = stackalloc float[9];
        for (int p = 0; p < 2; p++)
        {
            float nx = x[3 * p], ny = x[3 * p + 1], nz = x[3 * p + 2];
            float inverse = 1.0f / MathF.Sqrt(nx * nx + ny * ny + nz * nz + 1e-12f);
            nx *= inverse;
            ny *= inverse;
            nz *= inverse;

            basis[0] = 1.0f;
            basis[1] = ny;
            basis[2] = nz;
            basis[3] = nx;
            basis[4] = nx * ny;
            basis[5] = ny * nz;
            basis[6] = nx * nz;
            basis[7] = nz * nz;
            basis[8] = nx * nx - ny * ny;

            for (int channel = 0; channel < 3; channel++)
            {
                float irradiance = -C5 * coefficients[7 * 3 + channel];
                for (int k = 0; k < 9; k++)
                    irradiance += BandWeight[k] * coefficients[k * 3 + channel] * basis[k];
                y[3 * p + channel] = irradiance;
            }
        }
    }
}
