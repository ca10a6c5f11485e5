package org.ccmdesk.system;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final Clock clock;

    WebConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new InvalidFormStatus());
    }

    /**
     * Static files under their own prefixes only
     * ({@code spring.web.resources.add-mappings=false} turns off Boot's default
     * {@code /**} handler). With {@code /**}, the resource URL encoding filter tried
     * every {@code @{...}} link of a page ({@code /states/FRA}, {@code /obligations?...})
     * as a file on the classpath, and the caching resolver keeps only what it finds: two
     * thirds of the time of {@code /states} went into those lookups (JFR, README "Pages
     * as fast as the API"). Now only links under these prefixes are resolved, once each
     * (then cached); WebJars links still come out versioned.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/")
            .resourceChain(true);
        for (String folder : STATIC_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .resourceChain(true);
        }
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
    }

    /**
     * The folders of {@code src/main/resources/static}, each public (see SystemRoutes).
     */
    static final List<String> STATIC_FOLDERS = List.of("css", "js", "vendor");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AsOfDateArgumentResolver(clock));
    }

}
