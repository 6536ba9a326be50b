// Idiom: marketing budget split over the channels of each campaign, float, channel-major flat buffer, the peak taken
// with one `TensorPrimitives.Max` call per channel.
// Layout: flat float[channels * campaigns], channel ch of campaign k at ch * campaigns + k (each campaign's
// distribution is strided across the channel blocks); same layout out.
// Bug (LG0004): the peak runs per channel over the campaigns, while each sum runs per campaign over the channels.
using System;
using System.Numerics.Tensors;

namespace HeldOut53.CampaignBudget_PeakPerChannel;

public static class ChannelMix
{
    public static float[] Shares(float[] scores, int channels, int campaigns)
    {
        var peak = new float[channels];
        for (int ch = 0; ch < channels; ch++)
        {
            peak[ch] = TensorPrimitives.Max(new ReadOnlySpan<float>(scores, ch * campaigns, campaigns)); //~ LG0004
        }

        var shares = new float[scores.Length];
        for (int k = 0; k < campaigns; k++)
        {
            float sum = 0f;
            for (int ch = 0; ch < channels; ch++)
            {
                int i = ch * campaigns + k;
                shares[i] = MathF.Exp(scores[i] - peak[ch]);
                sum += shares[i];
            }

            for (int ch = 0; ch < channels; ch++)
            {
                shares[ch * campaigns + k] /= sum;
            }
        }

        return shares;
    }
}
