// Idiom: multinomial-logit purchase probabilities over the price points of each SKU, utility = intercept - price
// sensitivity * price, float, `float.Exp`.
// Layout: flat float[skus * points] intercepts and prices, SKU k's points at k * points + p; flat float[] out.
// Bug (LG0003): the utility is exponentiated with no max subtracted (Inf/Inf = NaN for large utilities).
namespace HeldOut53.PriceTierShares_StridedRaw;

public static class SkuPriceDemand
{
    public static float[] PurchaseProbabilities(float[] intercepts, float[] prices, float priceSensitivity, int skus, int points)
    {
        var probs = new float[skus * points];
        for (int k = 0; k < skus; k++)
        {
            int o = k * points;
            float sum = 0f;
            for (int p = 0; p < points; p++)
            {
                float e = float.Exp(intercepts[o + p] - priceSensitivity * prices[o + p]); //~ LG0003
                probs[o + p] = e;
                sum += e;
            }

            for (int p = 0; p < points; p++)
            {
                probs[o + p] /= sum;
            }
        }

        return probs;
    }
}
