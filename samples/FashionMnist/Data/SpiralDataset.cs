namespace FashionMnist.Data;

/// <summary>
/// The built-in default when no Fashion-MNIST files are found: ten interleaved spiral arms in the plane, each point
/// drawn as a soft dot on a 28 × 28 image, so the same 784-input network trains on it. Deterministic for a seed.
/// </summary>
internal static class SpiralDataset
{
    private const int Side = 28;
    private const int Classes = 10;
    private const float DotRadius = 1.6f;

    /// <summary>Generates <paramref name="trainCount"/> training and <paramref name="testCount"/> test images.</summary>
    public static DatasetPair Generate(int trainCount, int testCount, int seed)
    {
        var names = Enumerable.Range(0, Classes).Select(c => $"arm {c}").ToArray();
        var random = new Random(seed);
        return new DatasetPair(
            Generate("built-in spiral train set", trainCount, names, random),
            Generate("built-in spiral test set", testCount, names, random));
    }

    private static Dataset Generate(string name, int count, string[] names, Random random)
    {
        var images = new float[count * Dataset.Features];
        var labels = new int[count];
        for (int row = 0; row < count; row++)
        {
            int arm = random.Next(Classes);
            labels[row] = arm;

            // Arm k: angle grows with the radius, offset by k/Classes of a turn, plus a little angular noise.
            float radius = 0.15f + 0.85f * (float)random.NextDouble();
            float angle = 2f * MathF.PI * (arm / (float)Classes + 0.75f * radius) + 0.2f * Gaussian(random);
            float x = radius * MathF.Cos(angle);
            float y = radius * MathF.Sin(angle);
            DrawDot(images.AsSpan(row * Dataset.Features, Dataset.Features), x, y);
        }

        return new Dataset(name, images, labels, names);
    }

    /// <summary>A Gaussian dot centred at (x, y) ∈ [-1, 1]², mapped onto the image grid.</summary>
    private static void DrawDot(Span<float> image, float x, float y)
    {
        float centreX = (x + 1f) * 0.5f * (Side - 1);
        float centreY = (y + 1f) * 0.5f * (Side - 1);
        for (int r = 0; r < Side; r++)
        {
            for (int c = 0; c < Side; c++)
            {
                float dx = c - centreX, dy = r - centreY;
                image[r * Side + c] = MathF.Exp(-(dx * dx + dy * dy) / (2f * DotRadius * DotRadius));
            }
        }
    }

    private static float Gaussian(Random random)
    {
        // Box–Muller.
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
