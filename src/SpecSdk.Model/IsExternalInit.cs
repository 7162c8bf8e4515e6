#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 compile records and init-only setters.</summary>
    internal static class IsExternalInit
    {
    }
}
#else
// Code compiled against the netstandard2.0 build refers to init setters through SpecSdk.Model's own
// IsExternalInit; forwarding it lets that code run against this build.
[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(System.Runtime.CompilerServices.IsExternalInit))]
#endif
