// Great-circle distances by the haversine formula for four pairs of (latitude, longitude) in radians:
// a = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2), d = 2R·asin(√a), R = 6371 km. Shape of the ubiquitous haversine snippet
// (sklearn.metrics.pairwise.haversine_distances per pair), in float as GPS code often is, from memory.
// A user expects the gradient of the distances with respect to the coordinates.
// expect: gradient
// rows: no-large
// no-large: the forward is finite, but at |v| = 1000 the check's step is 0.01 rad and random pairs land near coincident or
// antipodal points, where √a and asin turn sharply: in the scratch check the fourth-order quotients at h and h/10
// disagreed by up to 1e-3 at 15 coordinates of the large rows, for all four seeds (and nowhere on the other rows).
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 4)]
public partial class HaversineDistancesFloat
{
    const float EarthRadiusKm = 6371f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int pair = 0; pair < 4; pair++)
        {
            ReadOnlySpan<float> c = x.Slice(4 * pair, 4);
            float sinLat = MathF.Sin((c[2] - c[0]) / 2f);
            float sinLon = MathF.Sin((c[3] - c[1]) / 2f);
            float a = sinLat * sinLat + MathF.Cos(c[0]) * MathF.Cos(c[2]) * sinLon * sinLon;
            y[pair] = 2f * EarthRadiusKm * MathF.Asin(MathF.Sqrt(a));
        }
    }
}
