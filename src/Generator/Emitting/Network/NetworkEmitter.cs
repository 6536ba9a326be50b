using LayerGen.Generator.Model;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>
/// Emits a sequential network from its <see cref="NetworkLayout"/>: state, inference, training, persistence, the
/// <c>ISequentialNetwork&lt;T&gt;</c> members and the per-row passes, each written by its own emitter. Size-independent work is done by the runtime's
/// <c>LayerGen.Generated</c> helpers and the softmax rows by the file's kernel helpers.
/// </summary>
internal static class NetworkEmitter
{
    public static void Emit(CodeWriter writer, LayerClassModel model, NetworkLayout network, NumericType t)
    {
        var context = new NetworkContext(writer, model, network, t);
        NetworkStateEmitter.Emit(context);
        NetworkInferenceEmitter.EmitForward(context);
        if (network.HasLoss)
        {
            NetworkTrainingEmitter.Emit(context);
        }

        NetworkInferenceEmitter.EmitPredictAndAccuracy(context);
        NetworkPersistenceEmitter.Emit(context);
        NetworkInterfaceEmitter.Emit(context);
        NetworkRowsEmitter.Emit(context);
    }
}
