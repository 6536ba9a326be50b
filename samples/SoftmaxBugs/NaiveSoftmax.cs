namespace SoftmaxBugs;

/// <summary>
/// The most common softmax bug in public C# code: exp of the raw logits, no maximum subtracted (LG0003). Fine for
/// small logits; exp overflows to infinity above ~88 in float and the row becomes ∞/∞ = NaN.
/// </summary>
public static class NaiveSoftmax
{
    /// <summary>Writes softmax(x) into <paramref name="y"/> — or means to.</summary>
    public static void Forward(float[] x, float[] y)
    {
        float sum = 0f;
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = MathF.Exp(x[j]);
            sum += y[j];
        }

        for (int j = 0; j < x.Length; j++)
        {
            y[j] /= sum;
        }
    }
}
