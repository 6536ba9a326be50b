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

/// <summary>
/// The same bug in a log-softmax (LG0003): <c>x - log Σ exp(x)</c> with no maximum. exp overflows above ~88 in float,
/// <c>log(∞) = ∞</c>, and every output of the row is −∞.
/// </summary>
public static class NaiveLogSoftmax
{
    /// <summary>Writes log softmax(x) into <paramref name="y"/> — or means to.</summary>
    public static void Forward(float[] x, float[] y)
    {
        float sum = 0f;
        for (int j = 0; j < x.Length; j++)
        {
            sum += MathF.Exp(x[j]);
        }

        float logSum = MathF.Log(sum);
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = x[j] - logSum;
        }
    }
}
